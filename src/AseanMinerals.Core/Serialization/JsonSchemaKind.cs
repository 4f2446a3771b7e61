namespace AseanMinerals.Core.Serialization;

/// <summary>The JSON Schema documents the library publishes (draft 2020-12), one for each kind of JSON it reads.</summary>
public enum JsonSchemaKind
{
    /// <summary>A reference-data document (<c>reference-data.schema.json</c>).</summary>
    ReferenceData,

    /// <summary>A trade dataset document (<c>trade-dataset.schema.json</c>).</summary>
    TradeDataset,

    /// <summary>A single trade record, one line of a JSON Lines file (<c>trade-record.schema.json</c>).</summary>
    TradeRecord,

    /// <summary>A commodity classification document: groups of HS prefixes and named scopes (<c>classification.schema.json</c>).</summary>
    Classification,
}
