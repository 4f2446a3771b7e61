using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Provenance;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Serialization.Internal;
using NodaTime;

namespace AseanMinerals.Core.Trade;

/// <summary>
/// A trade dataset document: trade records with where they come from, in one JSON file that states its schema version.
/// For millions of records, JSON Lines (one record a line, <see cref="AseanMineralsJson.ReadTradeRecordLines(Stream, TradeSources.TradeSourceOptions)"/>)
/// streams in constant memory; a dataset document is read whole.
/// </summary>
public sealed record TradeDataset : ExtensibleRecord
{
    /// <summary>The schema version this library writes and fully understands.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>The version of the schema the document follows, <c>MAJOR.MINOR</c>.</summary>
    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>What the records are, in a line ("ASEAN members' exports of HS 26 ores, 2018-2022").</summary>
    public string? Title { get; init; }

    /// <summary>Where the figures come from (a UN Comtrade query, a national statistics release), with addresses.</summary>
    public IReadOnlyList<Source> Sources { get; init => field = ValueList.From(value); } = ValueList.From<Source>(null);

    /// <summary>The day the figures were taken from their source: trade statistics are revised, so the day matters.</summary>
    public LocalDate? RetrievedOn { get; init; }

    /// <summary>Anything a reader of the figures should know (filters applied, known gaps).</summary>
    public string? Note { get; init; }

    /// <summary>The records, in document order.</summary>
    public IReadOnlyList<TradeRecord> Records { get; init => field = TradeRecordList.From(value); } = TradeRecordList.Empty;

    /// <inheritdoc />
    public override string ToString() => $"Trade dataset {SchemaVersion}: {Title ?? "untitled"}, {Records.Count} records";
}
