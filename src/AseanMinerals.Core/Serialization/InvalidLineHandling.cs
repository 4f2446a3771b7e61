namespace AseanMinerals.Core.Serialization;

/// <summary>What a JSON Lines reader does with a line that is not a valid record.</summary>
public enum InvalidLineHandling
{
    /// <summary>Stop at the first invalid line: reading throws an <see cref="AseanMineralsJsonException"/> naming the line.</summary>
    Stop,

    /// <summary>Set the line aside with its reason (<see cref="TradeRecordJsonLinesReader.Rejections"/>) and go on with the next.</summary>
    Collect,
}
