namespace AseanMinerals.Comtrade.Reading;

/// <summary>What became of a row.</summary>
internal enum RowOutcome : byte
{
    /// <summary>Yielded as a record.</summary>
    Record,

    /// <summary>Read well and set aside (a breakdown or a subset flow that the options do not ask for).</summary>
    SetAside,

    /// <summary>Could not be read.</summary>
    Rejected,
}
