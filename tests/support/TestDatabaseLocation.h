#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

// Skips, on the PostgreSQL run of a suite, a case about SQLite's file itself (its hooks, pages, journals, or
// rows written around the application), saying why: the reason is a string literal.
#define FAST_SQLITE_ONLY(reason)                                                                                       \
    do {                                                                                                               \
        if (TestDatabaseLocation::engineUnderTest() == TestDatabaseLocation::Engine::PostgreSql)                       \
            QSKIP("SQLite only: " reason);                                                                             \
    } while (false)

// Where a storage suite keeps a committee: an SQLite file in a temporary folder, or a database of its own on
// the throwaway PostgreSQL server that scripts/test.sh starts (FAST_TEST_POSTGRES, the admin's address),
// created here and dropped when the location goes. The same test code then runs on both engines.
class TestDatabaseLocation
{
public:
    enum class Engine { Sqlite, PostgreSql };
    // Empty: a database of its own, created empty (a copy's target must be). Committee: on the server, the
    // process's one committee database, migrated and emptied back to what the migrations left between cases
    // (creating a database takes the server far longer than emptying one); a new one when it is in use.
    enum class Reuse { Empty, Committee };
    explicit TestDatabaseLocation(Engine engine, Reuse reuse = Reuse::Empty);
    ~TestDatabaseLocation();
    TestDatabaseLocation(const TestDatabaseLocation &) = delete;
    TestDatabaseLocation &operator=(const TestDatabaseLocation &) = delete;

    // The path or postgresql:// address to hand to Database::open; empty when the location could not be made.
    QString address() const { return m_address; }
    // Why there is no address: no server to test against, or the server refused the new database.
    QString error() const { return m_error; }

    // The committee of a suite that runs on both engines: on the engine under test, reused on the server.
    static std::unique_ptr<TestDatabaseLocation> underTest();

    // FAST_TEST_POSTGRES: the admin's address on the test server, empty when no server is running.
    static QString serverAdminAddress();
    // The engine a suite registered twice by tests/CMakeLists.txt runs on this time: PostgreSQL when
    // FAST_TEST_ENGINE is "postgresql", SQLite otherwise.
    static Engine engineUnderTest();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_databaseName;
    bool m_reused = false;
    QString m_address;
    QString m_error;
};
