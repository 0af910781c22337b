#pragma once

#include <QList>
#include <QString>

namespace retort::test {

/** One round-trip case: the DDL of schema A and of schema B. */
struct SchemaCase
{
    QString name;
    QString sqlA;
    QString sqlB;
};

/** `count` seeded random pairs: A generated from `seed`, B a mutation of A. Deterministic:
 *  the same arguments give the same bytes on every machine (use your own PRNG, e.g.
 *  splitmix64/xorshift; never std::uniform_*_distribution, whose output is implementation-defined). */
QList<SchemaCase> randomSchemaCases(quint32 seed, int count);

} // namespace retort::test
