#include "shell/DatabaseSession.h"

#include "reports/DemoCommittee.h"
#include "reports/PromotionArchive.h"
#include "storage/CommitteeStore.h"
#include "storage/Database.h"
#include "storage/DecisionStore.h"
#include "storage/FollowUpStore.h"
#include "storage/PendingWrites.h"
#include "storage/PromotionSnapshots.h"
#include "storage/ScoringStore.h"
#include "storage/ServerChanges.h"
#include "storage/ServerReconnect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QUrl>

namespace {

constexpr int maximumRecentDatabases = 6;
const QLatin1String recentDatabasesKey("recentDatabases");
const QLatin1String lastDatabaseKey("lastDatabase");

} // namespace

DatabaseSession::DatabaseSession(QObject *parent) : QObject(parent)
{}

DatabaseSession::~DatabaseSession() = default;

QString DatabaseSession::path() const
{
    return m_database ? m_database->path() : QString();
}

Result<int> DatabaseSession::schemaVersion() const
{
    if (!m_database)
        return Result<int>::failure(QCoreApplication::translate("MainWindow", "No database open."));
    return m_database->schemaVersion();
}

void DatabaseSession::setOperatorName(const QString &name)
{
    m_operatorName = name;
    if (m_store)
        m_store->setOperatorName(name);
}

QString DatabaseSession::operatorName() const
{
    return m_store ? m_store->operatorName() : m_operatorName;
}

Outcome DatabaseSession::open(const QString &path)
{
    if (const Outcome nothingPending = checkNothingPending(); !nothingPending)
        return nothingPending;
    auto database = std::make_unique<Database>();
    if (const Outcome opened = database->open(path); !opened)
        return opened;
    auto store = std::make_unique<CommitteeStore>(*database);
    attach(std::move(database), std::move(store));
    // A previous demonstration's folder goes only now that its database is closed.
    m_demoDirectory.reset();
    remember(path);
    emit replaced();
    return Outcome::success();
}

Outcome DatabaseSession::openDemo()
{
    if (const Outcome nothingPending = checkNothingPending(); !nothingPending)
        return nothingPending;
    // The window's messages: translated under its context, where they were written first.
    auto directory = std::make_unique<QTemporaryDir>();
    if (!directory->isValid())
        return Outcome::failure(
            QCoreApplication::translate("MainWindow", "Cannot create a temporary folder for the demonstration: %1")
                .arg(directory->errorString()));
    auto database = std::make_unique<Database>();
    if (const Outcome opened = database->open(directory->filePath(QStringLiteral("demo.sqlite"))); !opened)
        return opened;
    auto store = std::make_unique<CommitteeStore>(*database);
    store->setOperatorName(QCoreApplication::translate("MainWindow", "demonstration"));
    if (const Outcome populated = DemoCommittee::populate(*store); !populated)
        return populated;
    // The demo's temporary folder must outlive the database in it: attach first, then keep it.
    attach(std::move(database), std::move(store));
    m_demoDirectory = std::move(directory);
    emit replaced();
    return Outcome::success();
}

Outcome DatabaseSession::openDemoAt(const QString &path)
{
    if (const Outcome nothingPending = checkNothingPending(); !nothingPending)
        return nothingPending;
    auto database = std::make_unique<Database>();
    if (const Outcome opened = database->open(path); !opened)
        return opened;
    auto store = std::make_unique<CommitteeStore>(*database);
    // A file whose promotions cannot be read is neither empty nor the demonstration's: refused, untouched.
    const Result<QList<Promotion>> promotions = store->promotions();
    if (!promotions)
        return Outcome::failure(promotions.error());
    QStringList labels;
    bool onlyDemo = true;
    for (const Promotion &promotion : promotions.value()) {
        labels.append(promotion.label());
        onlyDemo = onlyDemo && promotion.number >= DemoCommittee::firstPromotionNumber &&
                   promotion.number <= DemoCommittee::lastPromotionNumber;
    }
    if (labels.isEmpty()) {
        store->setOperatorName(QCoreApplication::translate("MainWindow", "demonstration"));
        if (const Outcome populated = DemoCommittee::populate(*store); !populated)
            return populated;
    } else if (!onlyDemo ||
               labels.size() != DemoCommittee::lastPromotionNumber - DemoCommittee::firstPromotionNumber + 1) {
        return Outcome::failure(QCoreApplication::translate("DatabaseSession",
                                                            "%1 already holds other promotions (%2): the demonstration "
                                                            "is only written to a new or empty database, never over "
                                                            "a committee's data.")
                                    .arg(QDir::toNativeSeparators(path), labels.join(QStringLiteral(", "))));
    }
    attach(std::move(database), std::move(store));
    m_demoDirectory.reset();
    remember(path);
    emit replaced();
    return Outcome::success();
}

void DatabaseSession::attach(std::unique_ptr<Database> database, std::unique_ptr<CommitteeStore> store)
{
    emit aboutToReplace();
    m_reconnect.reset();
    m_pending.reset();
    m_serverChanges.reset();
    m_snapshots.reset();
    m_followUp.reset();
    m_decisions.reset();
    m_scoring.reset();
    m_store = std::move(store);
    m_database = std::move(database);
    m_store->setOperatorName(m_operatorName.isEmpty() ? m_store->operatorName() : m_operatorName);
    m_scoring = std::make_unique<ScoringStore>(*m_store);
    // First to connect to the stores, so that every slot connected after it reads the snapshots as changed.
    m_decisions = std::make_unique<DecisionStore>(*m_store, *m_scoring);
    m_snapshots = std::make_unique<PromotionSnapshots>(*m_store, *m_scoring, *m_decisions);
    // Relays its changes to CommitteeStore::candidatesChanged, which the session forwards.
    m_followUp = std::make_unique<FollowUpStore>(*m_store);
    connect(m_snapshots.get(), &PromotionSnapshots::readFailed, this,
            [this](int, const QString &message) { emit readFailed(message); });
    m_archive.reset();
    connectStores();
    // Last: the others' writes reach this window through the signals connected above.
    m_serverChanges = std::make_unique<ServerChanges>(*m_database, *m_store, *m_scoring, *m_decisions);
    m_pending = std::make_unique<PendingWrites>();
    m_reconnect = std::make_unique<ServerReconnect>(*m_database);
    connectReconnection();
}

void DatabaseSession::connectReconnection()
{
    connect(m_pending.get(), &PendingWrites::changed, this, &DatabaseSession::pendingWritesChanged);
    connect(m_pending.get(), &PendingWrites::refused, this, &DatabaseSession::pendingWriteRefused);
    connect(m_reconnect.get(), &ServerReconnect::lost, this, [this] {
        m_serverChanges->suspend();
        emit connectionLost();
    });
    connect(m_reconnect.get(), &ServerReconnect::attemptFailed, this, &DatabaseSession::reconnectAttemptFailed);
    connect(m_reconnect.get(), &ServerReconnect::reconnected, this, &DatabaseSession::reconnected);
    // A read that finds the connection lost starts the reconnection too, with no write waiting.
    connect(this, &DatabaseSession::readFailed, m_reconnect.get(), [this] {
        if (isConnectionLost())
            m_reconnect->connectionLost();
    });
}

void DatabaseSession::reconnected()
{
    m_serverChanges->listenAgain();
    // In the order they were made, each once; the connection lost again keeps the rest for the next time.
    const int sent = m_pending->send([this] { return isConnectionLost(); });
    if (!m_pending->isEmpty() && isConnectionLost()) {
        m_reconnect->connectionLost();
        return;
    }
    // What the others wrote meanwhile was never announced to this connection: every view reads again.
    m_serverChanges->relayEverything();
    emit connectionRestored(serverHost(), sent);
}

bool DatabaseSession::isConnectionLost() const
{
    return m_database && ServerReconnect::isConnectionLost(*m_database);
}

QString DatabaseSession::serverHost() const
{
    return m_reconnect && Database::isServerAddress(m_database->path()) ? m_reconnect->host() : QString();
}

quint64 DatabaseSession::keepPending(const QString &description, std::function<Outcome()> write)
{
    if (!m_pending)
        return 0;
    const quint64 id = m_pending->add(description, std::move(write));
    m_reconnect->connectionLost();
    return id;
}

void DatabaseSession::forgetPending(quint64 id)
{
    if (m_pending)
        m_pending->remove(id);
}

Outcome DatabaseSession::checkNothingPending() const
{
    if (!m_pending || m_pending->isEmpty())
        return Outcome::success();
    return Outcome::failure(QCoreApplication::translate("DatabaseSession",
                                                        "%n change(s) still wait for the connection to %1: keep this "
                                                        "committee open until they are sent, or quit Comité FAST "
                                                        "to lose them.",
                                                        nullptr, m_pending->count())
                                .arg(serverHost()));
}

void DatabaseSession::connectStores()
{
    // Every connection to the stores is here. The archive goes first, so that whatever reloads on the
    // forwarded signals reads the promotions as changed.
    const auto dropArchive = [this] {
        m_archive.reset();
    };
    connect(m_store.get(), &CommitteeStore::promotionsChanged, this, dropArchive);
    connect(m_store.get(), &CommitteeStore::candidatesChanged, this, dropArchive);
    connect(m_scoring.get(), &ScoringStore::scoresChanged, this, dropArchive);
    connect(m_decisions.get(), &DecisionStore::decisionsChanged, this, dropArchive);
    connect(m_scoring.get(), &ScoringStore::scoresChanged, this, &DatabaseSession::scoringChanged);
    connect(m_decisions.get(), &DecisionStore::decisionsChanged, this, &DatabaseSession::scoringChanged);
    connect(m_store.get(), &CommitteeStore::promotionsChanged, this, &DatabaseSession::promotionsChanged);
    connect(m_store.get(), &CommitteeStore::candidatesChanged, this, &DatabaseSession::candidatesChanged);
    // A decision changes the candidates' rows too (their decision and granted amount).
    connect(m_decisions.get(), &DecisionStore::decisionsChanged, this, &DatabaseSession::candidatesChanged);
}

const PromotionArchive *DatabaseSession::archive(QString *error)
{
    if (!m_store)
        return nullptr;
    if (!m_archive) {
        Result<PromotionArchive> loaded = PromotionArchive::load(*m_store, *m_scoring);
        if (!loaded) {
            if (error)
                *error = loaded.error();
            return nullptr;
        }
        m_archive = std::make_unique<PromotionArchive>(std::move(loaded.value()));
    }
    return m_archive.get();
}

QStringList DatabaseSession::recentFiles()
{
    return QSettings().value(recentDatabasesKey).toStringList();
}

void DatabaseSession::remember(const QString &path)
{
    QSettings settings;
    // A server's address without its password: the settings never hold one.
    const QString absolute = Database::isServerAddress(path) ? QUrl(path).toString(QUrl::RemovePassword)
                                                             : QFileInfo(path).absoluteFilePath();
    settings.setValue(lastDatabaseKey, absolute);
    QStringList recent = settings.value(recentDatabasesKey).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > maximumRecentDatabases)
        recent.removeLast();
    settings.setValue(recentDatabasesKey, recent);
    emit recentFilesChanged();
}
