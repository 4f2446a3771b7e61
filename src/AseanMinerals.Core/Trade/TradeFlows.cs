using System.Numerics;
using AseanMinerals.Core.Internal;

namespace AseanMinerals.Core.Trade;

/// <summary>How the <see cref="TradeFlow"/> values relate, and UN Comtrade's codes for them.</summary>
public static class TradeFlows
{
    private static readonly string[] Codes = ["M", "X", "RX", "RM", "DX", "FM", "MIP", "MOP", "XIP", "XOP"];

    // The names as JSON writes them (camelCase of the enum's names, in the enum's order), as text and as UTF-8.
    private static readonly string[] Names = [.. Enum.GetNames<TradeFlow>().Select(static n => char.ToLowerInvariant(n[0]) + n[1..])];
    private static readonly byte[][] Utf8Names = [.. Names.Select(static n => System.Text.Encoding.UTF8.GetBytes(n))];

    /// <summary>
    /// What a flow name looks like, for error messages and docs: the one description every reader and message uses,
    /// listing the names (<c>import</c>, <c>export</c>, <c>reExport</c>, ...) as records write them.
    /// </summary>
    public static string FormatDescription { get; } = $"a trade flow ({string.Join(", ", Names)})";

    /// <summary>The name of a flow as trade records write it (<c>import</c>, <c>reExport</c>, ...).</summary>
    /// <param name="flow">The flow.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined flow.</exception>
    public static string ToName(this TradeFlow flow) =>
        (int)flow < Names.Length ? Names[(int)flow] : throw new ArgumentOutOfRangeException(nameof(flow), flow, "Not a defined trade flow.");

    /// <summary>The name of a flow in UTF-8, as trade records write it (<c>import</c>, <c>reExport</c>, ...).</summary>
    /// <param name="flow">The flow.</param>
    /// <returns>The name, in UTF-8.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined flow.</exception>
    public static ReadOnlySpan<byte> ToUtf8Name(this TradeFlow flow) =>
        (int)flow < Utf8Names.Length ? Utf8Names[(int)flow] : throw new ArgumentOutOfRangeException(nameof(flow), flow, "Not a defined trade flow.");

    /// <summary>Reads a flow name as trade records write it (<c>import</c>, <c>export</c>, <c>reExport</c>, ...); case matters.</summary>
    /// <param name="name">The name.</param>
    /// <param name="flow">The flow, when recognised.</param>
    /// <returns>True when the name names a flow.</returns>
    public static bool TryParseName(ReadOnlySpan<char> name, out TradeFlow flow)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (name.SequenceEqual(Names[i]))
            {
                flow = (TradeFlow)i;
                return true;
            }
        }

        flow = default;
        return false;
    }

    /// <summary>Reads a flow name written in UTF-8 (<c>import</c>, <c>export</c>, <c>reExport</c>, ...) without decoding it; case matters.</summary>
    /// <param name="utf8Name">The name, in UTF-8.</param>
    /// <param name="flow">The flow, when recognised.</param>
    /// <returns>True when the name names a flow.</returns>
    public static bool TryParseName(ReadOnlySpan<byte> utf8Name, out TradeFlow flow)
    {
        for (var i = 0; i < Utf8Names.Length; i++)
        {
            if (utf8Name.SequenceEqual(Utf8Names[i]))
            {
                flow = (TradeFlow)i;
                return true;
            }
        }

        flow = default;
        return false;
    }

    /// <summary>True for the two total flows, <see cref="TradeFlow.Import"/> and <see cref="TradeFlow.Export"/>.</summary>
    /// <param name="flow">The flow.</param>
    /// <returns>True for a total flow; false for a part of one.</returns>
    public static bool IsTotal(this TradeFlow flow) => flow is TradeFlow.Import or TradeFlow.Export;

    /// <summary>The total flow a flow is part of: <see cref="TradeFlow.Export"/> for a re-export, the flow itself for a total.</summary>
    /// <param name="flow">The flow.</param>
    /// <returns><see cref="TradeFlow.Import"/> or <see cref="TradeFlow.Export"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined flow.</exception>
    public static TradeFlow ContainingFlow(this TradeFlow flow) => flow switch
    {
        TradeFlow.Import or TradeFlow.ReImport or TradeFlow.ForeignImport
            or TradeFlow.ImportForInwardProcessing or TradeFlow.ImportAfterOutwardProcessing => TradeFlow.Import,
        TradeFlow.Export or TradeFlow.ReExport or TradeFlow.DomesticExport
            or TradeFlow.ExportAfterInwardProcessing or TradeFlow.ExportForOutwardProcessing => TradeFlow.Export,
        _ => throw new ArgumentOutOfRangeException(nameof(flow), flow, "Not a defined trade flow."),
    };

    /// <summary>The Comtrade flow code (<c>M</c>, <c>X</c>, <c>RX</c>, ...).</summary>
    /// <param name="flow">The flow.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined flow.</exception>
    public static string ToComtradeCode(this TradeFlow flow) =>
        (int)flow < Codes.Length ? Codes[(int)flow] : throw new ArgumentOutOfRangeException(nameof(flow), flow, "Not a defined trade flow.");

    /// <summary>Reads a Comtrade flow code (<c>M</c>, <c>X</c>, <c>RX</c>, <c>RM</c>, <c>DX</c>, <c>FM</c>, <c>MIP</c>, <c>MOP</c>, <c>XIP</c>, <c>XOP</c>).</summary>
    /// <param name="code">The code.</param>
    /// <param name="flow">The flow, when recognised.</param>
    /// <returns>True when the code names a flow.</returns>
    public static bool TryParseComtradeCode(ReadOnlySpan<char> code, out TradeFlow flow) => TryParseCode(code, out flow);

    /// <summary>Reads a Comtrade flow code written in UTF-8 (<c>M</c>, <c>X</c>, <c>RX</c>, ..., <c>XOP</c>) without decoding it.</summary>
    /// <param name="utf8Code">The code, in UTF-8.</param>
    /// <param name="flow">The flow, when recognised.</param>
    /// <returns>True when the code names a flow.</returns>
    public static bool TryParseComtradeCode(ReadOnlySpan<byte> utf8Code, out TradeFlow flow) => TryParseCode(utf8Code, out flow);

    private static bool TryParseCode<T>(ReadOnlySpan<T> code, out TradeFlow flow)
        where T : unmanaged, IBinaryInteger<T>
    {
        for (var i = 0; i < Codes.Length; i++)
        {
            if (AsciiDigits.EqualsAscii(code, Codes[i]))
            {
                flow = (TradeFlow)i;
                return true;
            }
        }

        flow = default;
        return false;
    }
}
