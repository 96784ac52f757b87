#pragma once

#include "finderweights.h"

#include <QDate>
#include <QString>

// Plain records that the store hands to screens.

struct StoreInfo {
    QString title;
    QString publishedAt;
    QString publisher;
    bool sample = false;
};

struct Section {
    QString id;
    QString heading;
    QString body;
};

struct Partner {
    QString id;
    QString name;
    QString description;
};

struct Capability {
    QString id;
    QString name;
    QString summary;
    QString body;
};

struct Role {
    QString id;
    QString capabilityId;
    QString title;
    QString kind;
    QString summary;
    QString body;
};

struct Job {
    QString reference;
    QString title;
    QString capabilityId;
    QString kind;
    QString location;
    QString salary;
    qint64 salaryMin = -1;
    qint64 salaryMax = -1;
    QString hours;
    QString contract;
    QString vetting;
    QDate closingDate;
    QString summary;
    QString description;
    QString applyUrl;
};

// A web address for visitors to take away, shown as a QR code on Home, About or both.
struct Link {
    QString id;
    QString label;
    QString url;
    QString shownOn; // "home", "about" or "both"
};

// A word a visitor may not know, and what it means in plain words.
struct GlossaryTerm {
    QString term; // "Security check (SC)"
    QString explanation;
};

// One question of the role finder ("Which sounds most like you?"), and its answers.
struct FinderQuestion {
    QString id;
    QString text;
    QString help; // may be empty
};

struct FinderAnswer {
    QString id;
    QString questionId;
    QString text;
    QList<FinderWeights::Entry> weights; // none: the question's own "Not sure"
};

// A question people ask, with its answer; listed from Home, from a job's page or both.
struct FaqEntry {
    QString id;
    QString question;
    QString answer;
    QString shownOn; // "home", "job" or "both"
};
