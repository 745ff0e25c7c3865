// Baseline of the ranking: sort N precomputed scores, best first, and print the first. Usage:
// baseline_ranking N
#include <QCoreApplication>
#include <QList>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QList<std::pair<double, int>> scores;
    scores.reserve(count);
    for (int id = 1; id <= count; ++id)
        scores.append({double((id * 104729) % 5000) / 1000.0, id});
    std::sort(scores.begin(), scores.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    std::printf("%d ranked, first %d\n", int(scores.size()), scores.isEmpty() ? 0 : scores.constFirst().second);
    return 0;
}
