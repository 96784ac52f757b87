#pragma once

#include <QWidget>

class FlowLayout;
class PlainLabel;
class QButtonGroup;
class QPushButton;

// A labelled row of large choice chips of which one is chosen; the first, "All", stands for
// no choice (an empty value).
class ChipGroup : public QWidget
{
    Q_OBJECT
public:
    // role: what a chip is, as speech says it ("filter", "sort order").
    explicit ChipGroup(const QString &label, const QString &role = {}, QWidget *parent = nullptr);

    // Each choice is a (label, value) pair.
    void setChoices(const QList<QPair<QString, QString>> &choices);
    void setValue(const QString &value);
    QString value() const { return m_value; }
    QPushButton *chip(const QString &value) const;

signals:
    void chosen(const QString &value);

protected:
    void changeEvent(QEvent *event) override;

private:
    static QString shownLabel(const QString &label, bool twoLines);

    PlainLabel *m_label;
    QWidget *m_chips;
    FlowLayout *m_flow;
    QButtonGroup *m_group;
    QString m_role;
    QString m_value;
};
