#pragma once

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
