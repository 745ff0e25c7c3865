#include "ScramVerifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// PBKDF2-HMAC-SHA-256 with one block of output, which is all SCRAM-SHA-256 needs (RFC 7677).
QByteArray saltedPassword(const QByteArray &password, const QByteArray &salt)
{
    QByteArray u = hmac(password, salt + QByteArray("\x00\x00\x00\x01", 4));
    QByteArray result = u;
    for (int i = 1; i < ScramVerifier::iterations; ++i) {
        u = hmac(password, u);
        for (int b = 0; b < result.size(); ++b)
            result[b] = char(result.at(b) ^ u.at(b));
    }
    return result;
}

} // namespace

bool ScramVerifier::canHash(const QString &password)
{
    for (const QChar c : password) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return !password.isEmpty();
}

QByteArray ScramVerifier::make(const QString &password, const QByteArray &salt)
{
    QByteArray usedSalt = salt;
    if (usedSalt.isEmpty()) {
        usedSalt.resize(16);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(usedSalt.data()), 4);
    }
    const QByteArray salted = saltedPassword(password.toUtf8(), usedSalt);
    const QByteArray storedKey = QCryptographicHash::hash(hmac(salted, "Client Key"), QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, "Server Key");
    return "SCRAM-SHA-256$" + QByteArray::number(iterations) + ':' + usedSalt.toBase64() + '$' + storedKey.toBase64() +
           ':' + serverKey.toBase64();
}
