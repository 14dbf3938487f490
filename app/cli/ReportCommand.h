#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QDate>
#include <memory>

// The doctor's PDF report draws text, which needs Qt Gui and a QGuiApplication. isletguide-cli-report has them
// (ReportProgram.cpp); isletguide-cli does not load Qt Gui and hands a report's command line over to it
// (ReportHandOff.cpp), so every other command starts without Gui and the libraries it pulls in.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[]);

// `export --format pdf -o OUT`, the dates checked (invalid when not given).
int exportReport(CliContext &context, QDate from, QDate to, const QString &out);
