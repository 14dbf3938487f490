#include "ArticleListModel.h"
#include "BookmarkStore.h"
#include "ClinicChecklist.h"
#include "SearchResultModel.h"
#include "TopicListModel.h"
#include "TrialListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <catch2/catch.hpp>

namespace {

QString roleValue(const QAbstractItemModel &model, int row, const QByteArray &role)
{
    return model.data(model.index(row, 0), model.roleNames().key(role)).toString();
}

} // namespace

TEST_CASE("topics come in order with their article counts")
{
    TopicListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 5);
    CHECK(roleValue(model, 0, "topicId") == QStringLiteral("basics"));
    CHECK(roleValue(model, 0, "title") == QStringLiteral("先弄懂基础"));
    model.setScript(QStringLiteral("zh-Hant"));
    CHECK(roleValue(model, 0, "title") == QStringLiteral("先弄懂基礎"));
    CHECK(model.data(model.index(0, 0), model.roleNames().key("articleCount")).toInt() > 0);
}

TEST_CASE("article lists: by topic, for family, newest first, given ids")
{
    ArticleListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTopic(QStringLiteral("basics"));
    CHECK(model.count() > 0);

    model.setSelection(ArticleListModel::ForFamily);
    REQUIRE(model.count() > 0);
    for (int row = 0; row < model.count(); ++row)
        CHECK(roleValue(model, row, "audience") == QStringLiteral("caregiver"));

    model.setSelection(ArticleListModel::Newest);
    CHECK(model.count() >= 14);
    for (int row = 1; row < model.count(); ++row)
        CHECK(roleValue(model, row - 1, "reviewed") >= roleValue(model, row, "reviewed"));

    model.setSelection(ArticleListModel::GivenIds);
    model.setArticleIds({QStringLiteral("for-family"), QStringLiteral("no-such-article"), QStringLiteral("reading-results")});
    REQUIRE(model.count() == 2);
    CHECK(roleValue(model, 0, "articleId") == QStringLiteral("for-family"));
    CHECK(roleValue(model, 1, "articleId") == QStringLiteral("reading-results"));
}

TEST_CASE("trial filters narrow the list and say what they match")
{
    TrialListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int all = model.count();
    CHECK(all == model.totalCount());
    model.setDiabetesType(QStringLiteral("t2"));
    const int type2 = model.count();
    CHECK(type2 > 0);
    CHECK(type2 < all);
    model.setImmunosuppression(QStringLiteral("yes"));
    CHECK(model.count() <= type2);
    model.setDiabetesType(QString());
    model.setImmunosuppression(QString());
    model.setCountry(QStringLiteral("CN"));
    REQUIRE(model.count() > 0);
    CHECK(roleValue(model, 0, "countries").contains(QStringLiteral("Mainland China")));

    const QVariantList phases = model.filterOptions(QStringLiteral("phase"));
    REQUIRE(phases.size() > 2);
    CHECK(phases.first().toMap().value(QStringLiteral("value")).toString().isEmpty());
}

TEST_CASE("search results highlight the match and follow the query")
{
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.count() == 0);
    model.setScript(QStringLiteral("zh-Hant"));
    model.setQuery(QStringLiteral("干细胞"));
    REQUIRE(model.count() > 0);
    bool highlighted = false;
    for (int row = 0; row < model.count(); ++row) {
        highlighted = highlighted || roleValue(model, row, "snippet").contains(QStringLiteral("<b><u>幹細胞</u></b>"));
        // What a screen reader reads is the snippet as shown, without the highlight's markup.
        const QString plain = roleValue(model, row, "plainSnippet");
        CHECK_FALSE(plain.contains(QLatin1Char('<')));
        CHECK(QString(roleValue(model, row, "snippet")).remove(QRegularExpression(QStringLiteral("<[^>]+>")))
              == plain.toHtmlEscaped());
    }
    CHECK(highlighted);
    model.setQuery(QString());
    CHECK(model.count() == 0);
}

TEST_CASE("the clinic checklist adds the answers up with their reasons")
{
    ClinicChecklist model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &ClinicChecklist::answersChanged);
    REQUIRE(model.rowCount() >= 19);
    CHECK(model.outcome() == ClinicChecklist::NoWarningSigns);

    int strongRow = -1, cautionRow = -1;
    for (int row = model.rowCount() - 1; row >= 0; --row)  // the first question of each weight
        (model.data(model.index(row, 0), ClinicChecklist::StrongRole).toBool() ? strongRow : cautionRow) = row;
    REQUIRE(strongRow >= 0);
    REQUIRE(cautionRow >= 0);

    model.setAnswer(cautionRow, ClinicChecklist::NotSure);
    CHECK(model.outcome() == ClinicChecklist::CheckFurther);
    CHECK(model.unsureAnswers().size() == 1);
    model.setAnswer(cautionRow, ClinicChecklist::Yes);
    CHECK(model.outcome() == ClinicChecklist::CheckFurther);
    model.setAnswer(strongRow, ClinicChecklist::Yes);
    CHECK(model.outcome() == ClinicChecklist::StrongWarning);
    REQUIRE(model.warningSigns().size() == 2);
    CHECK(model.warningSigns().first().toMap().value(QStringLiteral("strong")).toBool());
    CHECK(model.answeredCount() == 2);
    CHECK(changed.count() == 3);

    const QString question = model.data(model.index(strongRow, 0), ClinicChecklist::QuestionRole).toString();
    CHECK(model.doctorQuestions().contains(question));

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("questions.txt"));
    REQUIRE(model.saveDoctorQuestions(QUrl::fromLocalFile(file)));
    QFile saved(file);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(saved.readAll()) == model.doctorQuestions());
    CHECK_FALSE(model.saveDoctorQuestions(QUrl::fromLocalFile(dir.filePath(QStringLiteral("missing/dir/q.txt")))));


    model.reset();
    CHECK(model.answeredCount() == 0);
    CHECK(model.outcome() == ClinicChecklist::NoWarningSigns);
}

TEST_CASE("bookmarks are kept, newest first, across instances")
{
    BookmarkStore first;
    for (const QString &id : first.articleIds())
        first.toggle(id);  // start empty
    QSignalSpy changed(&first, &BookmarkStore::changed);
    first.toggle(QStringLiteral("for-family"));
    first.toggle(QStringLiteral("reading-results"));
    CHECK(changed.count() == 2);
    CHECK(first.contains(QStringLiteral("for-family")));

    const BookmarkStore second;
    CHECK(second.articleIds() == QStringList{QStringLiteral("reading-results"), QStringLiteral("for-family")});

    first.toggle(QStringLiteral("for-family"));
    CHECK_FALSE(first.contains(QStringLiteral("for-family")));
    CHECK(BookmarkStore().articleIds() == QStringList{QStringLiteral("reading-results")});
    first.toggle(QStringLiteral("reading-results"));
}
