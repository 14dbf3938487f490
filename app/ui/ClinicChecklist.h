#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QUrl>

// The Clinic check: the red-flag questions about an offer someone received, their answers (yes / no / not sure),
// what the answers add up to with the reasons, and a question list for the doctor built from them.
class ClinicChecklist : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString script READ script WRITE setScript NOTIFY scriptChanged)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY answersChanged)
    Q_PROPERTY(Outcome outcome READ outcome NOTIFY answersChanged)
    Q_PROPERTY(QVariantList warningSigns READ warningSigns NOTIFY answersChanged)
    Q_PROPERTY(QVariantList unsureAnswers READ unsureAnswers NOTIFY answersChanged)
    Q_PROPERTY(QString doctorQuestions READ doctorQuestions NOTIFY answersChanged)

public:
    enum Answer { Unanswered, Yes, No, NotSure };
    Q_ENUM(Answer)
    enum Outcome { NoWarningSigns, CheckFurther, StrongWarning };
    Q_ENUM(Outcome)
    enum Role { IdRole = Qt::UserRole + 1, QuestionRole, WhyRole, StrongRole, AnswerRole };

    explicit ClinicChecklist(QObject *parent = nullptr);

    QString script() const { return m_script; }
    void setScript(const QString &script);
    int answeredCount() const;
    Outcome outcome() const;
    QVariantList warningSigns() const;   // [{question, why, strong}] for every "yes", strong ones first
    QVariantList unsureAnswers() const;  // [{question, why}] for every "not sure"
    QString doctorQuestions() const;     // plain text, one question a line

    Q_INVOKABLE void setAnswer(int row, int answer);
    Q_INVOKABLE void reset();
    Q_INVOKABLE void copyDoctorQuestions() const;
    // Writes the question list as a PDF page (a .pdf name) or as UTF-8 text; false with nothing written when the
    // file cannot be written.
    Q_INVOKABLE bool saveDoctorQuestions(const QUrl &file) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void scriptChanged();
    void answersChanged();

private:
    QVariantList answersOf(Answer answer) const;

    QString m_script = QStringLiteral("zh-Hans");
    QList<Answer> m_answers;
};
