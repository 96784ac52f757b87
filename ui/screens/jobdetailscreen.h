#pragma once

#include "records.h"
#include "screen.h"

class Catalogue;
class PlainLabel;
class QBoxLayout;
class QGridLayout;
class QPushButton;
class QLabel;
class QrCodeWidget;
class VisitorSession;

// Everything about one vacancy, with a QR code of its application address for the visitor's
// phone. Nothing here opens a browser.
class JobDetailScreen : public Screen
{
    Q_OBJECT
public:
    // The job shown is the visitor session's.
    JobDetailScreen(Catalogue *catalogue, VisitorSession *session, QWidget *parent = nullptr);
    QString title() const override;
    QString key() const override { return QStringLiteral("job"); }
    QString purpose() const override;
    // The day changed: "N days left" follows it, the rest of the job stays as it is.
    void refresh() override;
    QString reference() const { return m_job.reference; }
    QrCodeWidget *qrCode() const { return m_qr; }
    QLabel *applyAddress() const;

signals:
    void qrCodeShown(const QString &reference);
    void questionsChosen();

protected:
    void orientationChanged() override;
    void fitToView() override { fitQrCode(); }
    void applyTheme(const Theme &theme) override;

private:
    void showJob(const QString &reference);
    void addFact(const QString &name);
    void setFact(int row, const QString &value);
    // The glossary's explanations of the terms in `text` not explained yet on this page.
    QString explain(const QString &text);
    void relayout();
    void fitQrCode();

    Catalogue *m_catalogue;
    Job m_job;
    PlainLabel *m_title;
    PlainLabel *m_kind;
    PlainLabel *m_timeLeft;
    PlainLabel *m_summary;
    PlainLabel *m_description;
    PlainLabel *m_words;
    QWidget *m_factsBox;
    QWidget *m_apply;
    QGridLayout *m_facts;
    QList<PlainLabel *> m_factValues;
    QList<PlainLabel *> m_factNotes;
    QStringList m_explained;
    QGridLayout *m_grid;
    QBoxLayout *m_code = nullptr; // the QR code and its address
    QWidget *m_factsPanel = nullptr;
    QWidget *m_about = nullptr;
    QrCodeWidget *m_qr;
    PlainLabel *m_url;
    QPushButton *m_questions;
};
