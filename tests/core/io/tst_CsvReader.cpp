#include "io/CsvReader.h"

#include <catch2/catch.hpp>

using Fields = std::vector<QByteArray>;

TEST_CASE("quoted fields keep delimiters doubled quotes and line breaks")
{
    CsvReader reader("\xEF\xBB\xBF" "a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x\r\n");
    Fields fields;
    REQUIRE(reader.next(fields));
    CHECK(fields == Fields{"a", "b,c", "say \"hi\""});
    CHECK(reader.line() == 1);
    REQUIRE(reader.next(fields));
    CHECK(fields == Fields{"two\nlines", "x"});
    CHECK(reader.line() == 2);
    CHECK_FALSE(reader.next(fields));
    CHECK_FALSE(reader.truncated());
}

TEST_CASE("a blank line is one empty field and the last line needs no line end")
{
    CsvReader reader("a;b\n\nc;", ';');
    Fields fields;
    REQUIRE(reader.next(fields));
    REQUIRE(reader.next(fields));
    CHECK(fields == Fields{""});
    REQUIRE(reader.next(fields));
    CHECK(fields == Fields{"c", ""});
    CHECK(reader.line() == 3);
}

TEST_CASE("an open quote at the end of the text is reported as truncated")
{
    CsvReader reader("a,\"never closed\n");
    Fields fields;
    REQUIRE(reader.next(fields));
    CHECK(reader.truncated());
}
