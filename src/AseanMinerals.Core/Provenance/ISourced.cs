namespace AseanMinerals.Core.Provenance;

/// <summary>A reference-data record that says where its facts come from and how sure they are.</summary>
public interface ISourced
{
    /// <summary>The sources that support the record; at least one.</summary>
    IReadOnlyList<Source> Sources { get; }

    /// <summary>How well the sources support the record.</summary>
    Confidence Confidence { get; }

    /// <summary>A short note on what is and is not confirmed, or on a discrepancy between sources.</summary>
    string? Note { get; }
}
