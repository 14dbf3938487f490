#include "ClinicChecklist.h"
#include "ContentStore.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace {

const QList<Content::RedFlag> &redFlags()
{
    return ContentStore::instance()->library().redFlags;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ClinicChecklist", text);
}

} // namespace

ClinicChecklist::ClinicChecklist(QObject *parent)
    : QAbstractListModel(parent)
    , m_answers(redFlags().size(), Unanswered)
{
}

void ClinicChecklist::setScript(const QString &script)
{
    if (script == m_script)
        return;
    m_script = script;
    Q_EMIT scriptChanged();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {QuestionRole, WhyRole});
    Q_EMIT answersChanged();
}

int ClinicChecklist::answeredCount() const
{
    return int(m_answers.size() - m_answers.count(Unanswered));
}

ClinicChecklist::Outcome ClinicChecklist::outcome() const
{
    bool caution = m_answers.contains(NotSure);
    for (qsizetype i = 0; i < m_answers.size(); ++i) {
        if (m_answers.at(i) != Yes)
            continue;
        if (redFlags().at(i).weight == QLatin1String("strong"))
            return StrongWarning;
        caution = true;
    }
    return caution ? CheckFurther : NoWarningSigns;
}

QVariantList ClinicChecklist::answersOf(Answer answer) const
{
    const Content::Script script = ContentStore::scriptFromKey(m_script);
    QVariantList strong, other;
    for (qsizetype i = 0; i < m_answers.size(); ++i) {
        if (m_answers.at(i) != answer)
            continue;
        const Content::RedFlag &flag = redFlags().at(i);
        const bool isStrong = flag.weight == QLatin1String("strong");
        (isStrong ? strong : other)
            .append(QVariantMap{{QStringLiteral("question"), flag.question.in(script)},
                                {QStringLiteral("why"), flag.why.in(script)},
                                {QStringLiteral("strong"), isStrong}});
    }
    return strong + other;
}

QVariantList ClinicChecklist::warningSigns() const
{
    return answersOf(Yes);
}

QVariantList ClinicChecklist::unsureAnswers() const
{
    return answersOf(NotSure);
}

QString ClinicChecklist::doctorQuestions() const
{
    QStringList lines{tr("Questions for my doctor about a stem-cell offer"), QString()};
    const char *general[] = {
        QT_TRANSLATE_NOOP("ClinicChecklist", "Is this treatment approved for diabetes by the regulator where I live?"),
        QT_TRANSLATE_NOOP("ClinicChecklist", "If it is a clinical trial, what is its registry number, and can we look it up together?"),
        QT_TRANSLATE_NOOP("ClinicChecklist", "What could go wrong, and who would care for me if it does?"),
        QT_TRANSLATE_NOOP("ClinicChecklist", "Would I have to change my insulin or other medicines? (I will not stop insulin on anyone else's advice.)"),
        QT_TRANSLATE_NOOP("ClinicChecklist", "Are there proven options or registered trials you would suggest instead?"),
    };
    for (const char *question : general)
        lines.append(QStringLiteral("• ") + tr(question));
    const QVariantList signs = warningSigns();
    const QVariantList unsure = unsureAnswers();
    if (!signs.isEmpty() || !unsure.isEmpty()) {
        lines.append(QString());
        lines.append(tr("About what I was told:"));
    }
    for (const QVariant &sign : signs)
        lines.append(QStringLiteral("• ") + sign.toMap().value(QStringLiteral("question")).toString() + QLatin1Char(' ')
                     + tr("(my answer: yes)"));
    for (const QVariant &item : unsure)
        lines.append(QStringLiteral("• ") + item.toMap().value(QStringLiteral("question")).toString() + QLatin1Char(' ')
                     + tr("(my answer: not sure)"));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ClinicChecklist::setAnswer(int row, int answer)
{
    if (row < 0 || row >= m_answers.size() || answer < Unanswered || answer > NotSure || m_answers.at(row) == answer)
        return;
    m_answers[row] = static_cast<Answer>(answer);
    Q_EMIT dataChanged(index(row), index(row), {AnswerRole});
    Q_EMIT answersChanged();
}

void ClinicChecklist::reset()
{
    m_answers.fill(Unanswered);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {AnswerRole});
    Q_EMIT answersChanged();
}

void ClinicChecklist::copyDoctorQuestions() const
{
    QGuiApplication::clipboard()->setText(doctorQuestions());
}

bool ClinicChecklist::saveDoctorQuestions(const QUrl &file) const
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        // A printable A4 page in the app's font, for people who bring paper to the appointment.
        QPdfWriter pdf(&out);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setTitle(tr("Questions for my doctor about a stem-cell offer"));
        QTextDocument document;
        document.setDefaultFont(QFont(QGuiApplication::font().family(), 14));
        document.setPlainText(doctorQuestions());
        document.print(&pdf);
    } else {
        out.write(doctorQuestions().toUtf8());
    }
    return out.commit();
}

int ClinicChecklist::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_answers.size());
}

QVariant ClinicChecklist::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Content::RedFlag &flag = redFlags().at(index.row());
    const Content::Script script = ContentStore::scriptFromKey(m_script);
    switch (role) {
    case IdRole:
        return flag.id;
    case QuestionRole:
        return flag.question.in(script);
    case WhyRole:
        return flag.why.in(script);
    case StrongRole:
        return flag.weight == QLatin1String("strong");
    case AnswerRole:
        return int(m_answers.at(index.row()));
    }
    return {};
}

QHash<int, QByteArray> ClinicChecklist::roleNames() const
{
    return {{IdRole, "flagId"}, {QuestionRole, "question"}, {WhyRole, "why"}, {StrongRole, "strong"}, {AnswerRole, "answer"}};
}
