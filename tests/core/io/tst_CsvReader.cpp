#include "io/CsvReader.h"

#include <catch2/catch.hpp>

using Fields = std::vector<QByteArray>;

namespace {

Fields owned(const std::vector<QByteArrayView> &views)
{
    Fields fields;
    for (const QByteArrayView view : views)
        fields.push_back(view.toByteArray());
    return fields;
}

} // namespace

TEST_CASE("quoted fields keep delimiters doubled quotes and line breaks")
{
    CsvReader reader("\xEF\xBB\xBF" "a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x\r\n");
    std::vector<QByteArrayView> fields;
    REQUIRE(reader.next(fields));
    CHECK(owned(fields) == Fields{"a", "b,c", "say \"hi\""});
    CHECK(reader.line() == 1);
    REQUIRE(reader.next(fields));
    CHECK(owned(fields) == Fields{"two\nlines", "x"});
    CHECK(reader.line() == 2);
    CHECK_FALSE(reader.next(fields));
    CHECK_FALSE(reader.truncated());
}

TEST_CASE("a blank line is one empty field and the last line needs no line end")
{
    CsvReader reader("a;b\n\nc;", ';');
    std::vector<QByteArrayView> fields;
    REQUIRE(reader.next(fields));
    REQUIRE(reader.next(fields));
    CHECK(owned(fields) == Fields{""});
    REQUIRE(reader.next(fields));
    CHECK(owned(fields) == Fields{"c", ""});
    CHECK(reader.line() == 3);
    CHECK_FALSE(reader.next(fields));
}

TEST_CASE("an open quote at the end of the text is reported as truncated")
{
    CsvReader reader("a,\"never closed\n");
    std::vector<QByteArrayView> fields;
    REQUIRE(reader.next(fields));
    CHECK(owned(fields) == Fields{"a", "never closed\n"});
    CHECK(reader.truncated());
}

TEST_CASE("text after a closing quote is kept as written, and empty quotes are an empty field")
{
    CsvReader reader("\"a\"b\"c\",\"\",\"\"\"\"\n");
    std::vector<QByteArrayView> fields;
    REQUIRE(reader.next(fields));
    CHECK(owned(fields) == Fields{"ab\"c\"", "", "\""});
}

TEST_CASE("line numbers count the line breaks inside quoted fields")
{
    CsvReader reader("\"1\n2\n3\",x\r\ny\n");
    std::vector<QByteArrayView> fields;
    REQUIRE(reader.next(fields));
    CHECK(reader.line() == 1);
    REQUIRE(reader.next(fields));
    CHECK(owned(fields) == Fields{"y"});
    CHECK(reader.line() == 4);
}

TEST_CASE("fields stay readable after the next record, unescaped copies included")
{
    CsvReader reader("plain,\"un\"\"escaped\"\nsecond,\"row \"\"too\"\"\"\n");
    std::vector<QByteArrayView> header;
    REQUIRE(reader.next(header));
    std::vector<QByteArrayView> fields;
    REQUIRE(reader.next(fields));
    CHECK(owned(header) == Fields{"plain", "un\"escaped"});
    CHECK(owned(fields) == Fields{"second", "row \"too\""});
}

TEST_CASE("an unquoted field is a view into the text, not a copy")
{
    const QByteArray text("abc,def\n");
    CsvReader reader(text);
    std::vector<QByteArrayView> fields;
    REQUIRE(reader.next(fields));
    CHECK(fields[1].data() == text.constData() + 4);
}
