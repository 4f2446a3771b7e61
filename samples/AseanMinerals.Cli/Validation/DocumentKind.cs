namespace AseanMinerals.Cli.Validation;

/// <summary>What a file given to <c>validate</c> holds, and so which reader and rules check it.</summary>
internal enum DocumentKind
{
    /// <summary>A reference-data document (member states, partners, initiatives...).</summary>
    ReferenceData,

    /// <summary>A trade dataset: a JSON document with <c>records</c>.</summary>
    TradeDataset,

    /// <summary>A commodity classification: a JSON document with <c>groups</c>.</summary>
    Classification,

    /// <summary>Trade records, one JSON object a line.</summary>
    JsonLines,

    /// <summary>A Comtrade file, read row by row by the importer.</summary>
    Comtrade,
}
