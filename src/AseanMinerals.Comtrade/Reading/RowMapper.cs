using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Comtrade.Reading;

/// <summary>
/// Turns one row of any Comtrade format into a <see cref="TradeRecord"/>, or into a rejection naming the line, the
/// column and the rule; counts the outcome. One mapper serves CSV rows and JSON elements alike.
/// </summary>
internal sealed class RowMapper
{
    private static readonly TradeFlow[] LegacyFlows = [TradeFlow.Import, TradeFlow.Export, TradeFlow.ReExport, TradeFlow.ReImport];

    private readonly ColumnMap _map;
    private readonly TradeAreaCatalog _areas;
    private readonly TradeSourceTally _tally;
    private readonly AggregateTracker _tracker;
    private readonly string? _source;
    private readonly bool _includeBreakdowns;
    private readonly bool _includeSubsetFlows;
    private readonly bool _question;
    private readonly int[] _at;
    private readonly int _columnCount;
    private readonly HashSet<int> _unknownFlagsSeen = [];
    private readonly bool[] _known = new bool[1000];
    private bool _legacyVariantPending;

    public RowMapper(ColumnMap map, TradeAreaCatalog areas, TradeSourceTally tally, AggregateTracker tracker, ComtradeImportOptions options)
    {
        _map = map;
        _areas = areas;
        _tally = tally;
        _tracker = tracker;
        _source = tally.Source;
        _includeBreakdowns = options.IncludeBreakdowns;
        _includeSubsetFlows = options.IncludeSubsetFlows;
        _legacyVariantPending = map.IsLegacy && options.Format == ComtradeFormat.Detect;
        _question = options.Question is not null;
        _columnCount = map.ColumnCount;
        _at = new int[Enum.GetValues<Field>().Length];
        for (var i = 0; i < _at.Length; i++)
        {
            _at[i] = map[(Field)i];
        }
        for (var i = 0; i < _known.Length; i++)
        {
            _known[i] = areas.Find(new AreaCode(i)) is not null;
        }
    }

    /// <summary>Maps a row and counts what became of it.</summary>
    /// <param name="row">The fields.</param>
    /// <param name="line">The 1-based line the row starts on.</param>
    /// <param name="element">The index of the element in a JSON <c>data</c> array; -1 for a CSV row, whose fields are checked against the header.</param>
    /// <param name="record">The record, when the outcome is not <see cref="RowOutcome.Rejected"/>.</param>
    /// <param name="rejection">The reason, when the outcome is <see cref="RowOutcome.Rejected"/>.</param>
    /// <returns>What became of the row.</returns>
    public RowOutcome Map<TRow>(scoped in TRow row, long line, long element, out TradeRecord record, out ValidationIssue? rejection)
        where TRow : IRowFields, allows ref struct
    {
        record = default;
        var outcome = Read(row, line, element, ref record, out rejection);
        if (outcome == RowOutcome.Rejected)
        {
            _tally.CountRejected(rejection!);
        }

        return outcome;
    }

    // The common path: every check, in the order the rules are listed, each cheap when the field is as Comtrade writes
    // it; a failed check only names what failed, and Explain (out of the way of the common path) builds the message.
    private RowOutcome Read<TRow>(scoped in TRow row, long line, long element, ref TradeRecord record, out ValidationIssue? rejection)
        where TRow : IRowFields, allows ref struct
    {
        rejection = null;
        // A Comtrade+ row ends with a separator, one empty field more than the header: told here without a call.
        if (element < 0 && row.Count != _columnCount && !(row.Count == _columnCount + 1 && row[_columnCount].IsEmpty) && !HasHeaderFieldCount(row))
        {
            return Explain(row, Failure.FieldCount, default, line, element, out rejection);
        }

        if (row.DuplicateField >= 0)
        {
            return Explain(row, Failure.DuplicateField, default, line, element, out rejection);
        }

        if (_legacyVariantPending)
        {
            _legacyVariantPending = false;
            _tally.Format = (Get(row, Field.LegacyFlowCode) is [] or [(byte)'0'] ? ComtradeFormat.LegacyBulkCsv : ComtradeFormat.LegacyApiCsv).ToString();
        }

        var type = Get(row, Field.TypeCode);
        if (!(type.IsEmpty || type is [(byte)'C' or (byte)'c']))
        {
            return Explain(row, Failure.NotGoods, Field.TypeCode, line, element, out rejection);
        }

        if (!TryReadPeriod(row, out var period, out var periodText))
        {
            return Explain(row, Failure.MalformedPeriod, default, line, element, out rejection);
        }

        if (!_map.IsLegacy && !periodText.IsEmpty && Contradiction(row, period, periodText) is { } contradicting)
        {
            return Explain(row, Failure.ContradictoryPeriod, contradicting, line, element, out rejection);
        }

        if (!TryReadArea(row, Field.Reporter, required: true, out var reporter, line, element, out rejection)
            || !TryReadArea(row, Field.Partner, required: true, out var partner, line, element, out rejection)
            || !TryReadArea(row, Field.SecondPartner, required: false, out var secondPartner, line, element, out rejection))
        {
            return RowOutcome.Rejected;
        }

        if (!TryReadFlow(row, out var flow))
        {
            return Explain(row, Failure.UnknownFlow, Field.Flow, line, element, out rejection);
        }

        // Period, reporter and flow place the row: one outside the question is set aside unchecked beyond this point.
        if (_question && _tally.SetAsideOutsideQuestion(period, reporter, flow))
        {
            _tracker.Pass(period, reporter, line);
            return RowOutcome.SetAside;
        }

        var flowWords = Get(row, Field.FlowDescription);
        if (!flowWords.IsEmpty && !IsFlowWord(flowWords, flow) && TryParseFlowWord(flowWords, out var described) && described != flow)
        {
            return Explain(row, Failure.ContradictoryFlow, Field.FlowDescription, line, element, out rejection);
        }

        if (!HsRevisions.TryParseComtradeCode(Get(row, Field.Classification), out var revision))
        {
            return Explain(row, Failure.NotHarmonizedSystem, Field.Classification, line, element, out rejection);
        }

        if (!HsCode.TryParse(Get(row, Field.Commodity), out var commodity))
        {
            return Explain(row, Failure.MalformedCommodity, Field.Commodity, line, element, out rejection);
        }

        if (!TryReadCustomsProcedure(Get(row, Field.CustomsProcedure), out var customs))
        {
            return Explain(row, Failure.MalformedBreakdown, Field.CustomsProcedure, line, element, out rejection);
        }

        if (!TryReadTransportMode(Get(row, Field.TransportMode), out var transport))
        {
            return Explain(row, Failure.MalformedBreakdown, Field.TransportMode, line, element, out rejection);
        }

        var valueField = Field.PrimaryValue;
        var valueText = Get(row, valueField);
        if (valueText.IsEmpty)
        {
            // The primary value is CIF for imports and FOB for exports: where it is blank, the matching column stands in.
            valueField = ValueStandIn(flow);
            valueText = Get(row, valueField);
            if (valueText.IsEmpty)
            {
                return Explain(row, Failure.MissingValue, valueField, line, element, out rejection);
            }
        }

        // Only a value written with a leading minus can be negative (or a negative zero): the common row skips the checks.
        if (!Numbers.TryParseDecimal(valueText, out var value) || (valueText[0] == '-' && (value < 0 || ExactDecimal.IsWrittenNegative(valueText))))
        {
            return Explain(row, Failure.BadValue, valueField, line, element, out rejection);
        }

        if (!TryReadQuantityUnit(Get(row, Field.QuantityUnit), out var unit))
        {
            return Explain(row, Failure.BadNumber, Field.QuantityUnit, line, element, out rejection);
        }

        if (!TryReadMeasure(Get(row, Field.Quantity), out var quantity))
        {
            return Explain(row, Failure.BadNumber, Field.Quantity, line, element, out rejection);
        }

        if (!TryReadMeasure(Get(row, Field.NetWeight), out var netWeight))
        {
            return Explain(row, Failure.BadNumber, Field.NetWeight, line, element, out rejection);
        }

        if (unit is null && quantity == 0)
        {
            quantity = null; // Comtrade writes a quantity of 0 in unit -1 (N/A): there is no quantity
        }

        if (!TryReadFlags(row, line, element, out var flags, out var flagField))
        {
            return Explain(row, Failure.BadFlag, flagField, line, element, out rejection);
        }

        record = new TradeRecord(period, reporter, partner, flow, commodity, value)
        {
            Revision = revision,
            Quantity = quantity,
            QuantityUnitCode = unit,
            NetWeightKg = netWeight,
            Flags = flags,
            Breakdown = new TradeBreakdown(secondPartner, customs, transport),
        };

        return Classify(record, line, element);
    }

    private static Field ValueStandIn(TradeFlow flow) => flow.ContainingFlow() == TradeFlow.Import ? Field.CifValue : Field.FobValue;

    // The message for a failed check, read again from the row: the cost of words is paid by rejected rows only.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private RowOutcome Explain<TRow>(scoped in TRow row, Failure failure, Field field, long line, long element, out ValidationIssue? rejection)
        where TRow : IRowFields, allows ref struct
    {
        var text = TextDecoding.Quote(Get(row, field));
        switch (failure)
        {
            case Failure.FieldCount:
                return Reject(ComtradeImportRules.FieldCount, string.Empty, $"The row has {row.Count} fields; the header has {_map.ColumnCount}.", line, element, out rejection);
            case Failure.DuplicateField:
                var name = _map.Header[row.DuplicateField];
                return Reject(ComtradeImportRules.DuplicateField, name, $"The record gives {name} more than once; which value to take cannot be guessed.", line, element, out rejection);
            case Failure.NotGoods:
                return Reject(ComtradeImportRules.NotGoods, field, $"typeCode '{text}' is not C (goods): services and other types are not HS trade.", line, element, out rejection);
            case Failure.MalformedPeriod:
                field = _map[Field.Period] >= 0 ? Field.Period : Field.Year;
                return Reject(ComtradeImportRules.MalformedPeriod, field, $"{_map.NameOf(field)} '{TextDecoding.Quote(Get(row, field))}' is not a year (YYYY) or a month (YYYYMM).", line, element, out rejection);
            case Failure.ContradictoryPeriod:
                return Reject(ComtradeImportRules.ContradictoryFields, field, $"{_map.NameOf(field)} '{text}' contradicts {_map.NameOf(Field.Period)} '{TextDecoding.Quote(Get(row, Field.Period))}': which of the two is right cannot be told.", line, element, out rejection);
            case Failure.UnknownFlow:
                return Reject(ComtradeImportRules.UnknownFlow, field, FlowProblem(row), line, element, out rejection);
            case Failure.ContradictoryFlow:
                TryReadFlow(row, out var flow);
                TryParseFlowWord(Get(row, field), out var described);
                return Reject(ComtradeImportRules.ContradictoryFields, field, $"{_map.NameOf(field)} '{text}' is {described}, but {_map.NameOf(Field.Flow)} '{TextDecoding.Quote(Get(row, Field.Flow))}' is {flow}: which of the two is right cannot be told.", line, element, out rejection);
            case Failure.NotHarmonizedSystem:
                return Reject(ComtradeImportRules.NotHarmonizedSystem, field, $"{_map.NameOf(field)} '{text}' is not an edition of the HS (H0 to H6, or HS); SITC and BEC rows are not HS trade.", line, element, out rejection);
            case Failure.MalformedCommodity:
                return Reject(ComtradeImportRules.MalformedCommodity, field, $"{_map.NameOf(field)} '{text}' is not TOTAL or an HS code of 2, 4 or 6 digits.", line, element, out rejection);
            case Failure.MalformedBreakdown when field == Field.CustomsProcedure:
                return Reject(ComtradeImportRules.MalformedBreakdown, field, $"{_map.NameOf(field)} '{text}' is not a customs procedure code (C00 to C99).", line, element, out rejection);
            case Failure.MalformedBreakdown:
                return Reject(ComtradeImportRules.MalformedBreakdown, field, $"{_map.NameOf(field)} '{text}' is not a mode of transport code (a number).", line, element, out rejection);
            case Failure.MissingValue:
                return Reject(ComtradeImportRules.MissingValue, Field.PrimaryValue, $"The row has no trade value: {_map.NameOf(Field.PrimaryValue)} is blank, and so is {_map.NameOf(field)}.", line, element, out rejection);
            case Failure.BadValue:
                var valueText = Get(row, field);
                if (ExactDecimal.IsWrittenNegative(valueText))
                {
                    // The trade rule every reader applies to a negative value, however small (one rule, one code).
                    return Reject(TradeRules.NegativeValue, field, $"{_map.NameOf(field)} '{text}' is negative.", line, element, out rejection);
                }

                var why = decimal.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? "has more significant digits than a decimal holds (28 to 29, below 7.9e28): it is refused, not rounded"
                    : "is not a trade value (a number of US dollars, not negative)";
                return Reject(ComtradeImportRules.BadNumber, field, $"{_map.NameOf(field)} '{text}' {why}.", line, element, out rejection);
            case Failure.BadNumber:
                return Reject(ComtradeImportRules.BadNumber, field, $"{_map.NameOf(field)} '{text}' is not a number.", line, element, out rejection);
            default:
                return Reject(ComtradeImportRules.BadNumber, field, $"{_map.NameOf(field)} '{text}' is not a flag (true or false; 0, 2, 4 or 6 in legacy files).", line, element, out rejection);
        }
    }

    private RowOutcome Classify(in TradeRecord record, long line, long element)
    {
        var breakdown = record.IsBreakdown;
        var subsetFlow = !record.Flow.IsTotal();
        if (breakdown || subsetFlow)
        {
            _tracker.Part(record, line, element);
        }
        else
        {
            _tracker.Whole(record, line);
        }

        if (breakdown && !_includeBreakdowns)
        {
            _tally.CountSetAside(TradeSetAsideReason.Breakdown);
            return RowOutcome.SetAside;
        }

        if (subsetFlow && !_includeSubsetFlows)
        {
            _tally.CountSetAside(TradeSetAsideReason.SubsetFlow);
            return RowOutcome.SetAside;
        }

        return _tally.CountRecordInQuestion(record) ? RowOutcome.Record : RowOutcome.SetAside;
    }

    // Comtrade+ data rows end with a separator: one more field than the header, and empty. Any other extra field is data
    // the header does not name (a shifted row), and a missing one is a cut row.
    private bool HasHeaderFieldCount<TRow>(scoped in TRow row)
        where TRow : IRowFields, allows ref struct
    {
        if (row.Count < _map.ColumnCount)
        {
            return false;
        }

        for (var i = _map.ColumnCount; i < row.Count; i++)
        {
            if (!TextDecoding.IsBlank(row[i]))
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<byte> Get<TRow>(scoped in TRow row, Field field)
        where TRow : IRowFields, allows ref struct
    {
        var index = _at[(int)field];
        return (uint)index < (uint)row.Count ? Trim(row[index]) : [];
    }

    // Fields rarely have spaces around them: a field that starts and ends with a visible ASCII character is returned as
    // it is, without the general white-space test of each end.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> text) =>
        text.IsEmpty || ((uint)(text[0] - '!') <= '~' - '!' && (uint)(text[^1] - '!') <= '~' - '!') ? text : text.Trim(TextDecoding.WhiteSpace);

    // Comtrade+ states the period three times: period (2022 or 202203), refYear (2022) and refPeriodId (20220101 or
    // 20220301). A field that disagrees with period is returned; where period is absent, the period came from refYear.
    // Legacy files are not checked: their Year column is a label of the row's year (the legacy reader's tests vary it).
    private Field? Contradiction<TRow>(scoped in TRow row, TradePeriod period, ReadOnlySpan<byte> periodText)
        where TRow : IRowFields, allows ref struct
    {
        // A well-read period is four or six digits: the same digits in refYear and refPeriodId agree without parsing them.
        var year = Get(row, Field.Year);
        if (!year.IsEmpty && !year.SequenceEqual(periodText[..4]) && !(Numbers.TryParseInt(year, out var y) && y == period.Year))
        {
            return Field.Year;
        }

        var id = Get(row, Field.RefPeriodId);
        if (!id.IsEmpty && !(id.Length == 8 && id[..4].SequenceEqual(periodText[..4]) && (periodText.Length == 6 ? id[4..6].SequenceEqual(periodText[4..]) : id[4..6].SequenceEqual("01"u8)))
            && !(id.Length == 8
                && Numbers.TryParseInt(id[..4], out var idYear) && idYear == period.Year
                && Numbers.TryParseInt(id[4..6], out var idMonth) && idMonth == (period.Month ?? 1)))
        {
            return Field.RefPeriodId;
        }

        return null;
    }

    // periodText: the period column's text, empty where the period came from the year and month columns.
    private bool TryReadPeriod<TRow>(scoped in TRow row, out TradePeriod period, out ReadOnlySpan<byte> periodText)
        where TRow : IRowFields, allows ref struct
    {
        period = default;
        var text = Get(row, Field.Period);
        periodText = text;
        if (text.IsEmpty)
        {
            text = Get(row, Field.Year);
            var month = Get(row, Field.Month);
            if (text.Length == 4 && Numbers.TryParseInt(month, out var m) && m is >= 1 and <= 12)
            {
                return TryPeriod(text, m, out period);
            }
        }

        return text.Length switch
        {
            4 => TryPeriod(text, 0, out period),
            6 => Numbers.TryParseInt(text[4..], out var month) && month is >= 1 and <= 12 && TryPeriod(text[..4], month, out period),
            _ => false,
        };
    }

    private static bool TryPeriod(ReadOnlySpan<byte> year, int month, out TradePeriod period)
    {
        period = default;
        if (!Numbers.TryParseInt(year, out var y) || y < 1)
        {
            return false;
        }

        period = month == 0 ? TradePeriod.Annual(y) : TradePeriod.Monthly(y, month);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryReadArea<TRow>(scoped in TRow row, Field field, bool required, out AreaCode code, long line, long element, out ValidationIssue? rejection)
        where TRow : IRowFields, allows ref struct
    {
        var text = Get(row, field);

        // The common case, one to three digits of a code the catalogue knows, decided here; the rest takes the full path.
        if (text.Length is >= 1 and <= 3)
        {
            var value = 0;
            foreach (var c in text)
            {
                var digit = (uint)(c - '0');
                value = digit <= 9 && value >= 0 ? (value * 10) + (int)digit : -1;
            }

            if (value >= 0 && _known[value])
            {
                code = new AreaCode(value);
                rejection = null;
                return true;
            }
        }

        return TryReadAreaFully(text, field, required, out code, line, element, out rejection);
    }

    private bool TryReadAreaFully(ReadOnlySpan<byte> text, Field field, bool required, out AreaCode code, long line, long element, out ValidationIssue? rejection)
    {
        rejection = null;
        code = AreaCode.World;
        if (text.IsEmpty && !required)
        {
            return true; // legacy API files leave the second partner blank: no breakdown
        }

        if (!AreaCode.TryParse(text, out code))
        {
            rejection = ComtradeImportRules.MalformedAreaCode
                .At(RowPath.Of(element, _map.NameOf(field)), $"{_map.NameOf(field)} '{TextDecoding.Quote(text)}' is not an area code (a number from 0 to 999).")
                .InFile(_source, line);
            return false;
        }

        if (_areas.Find(code) is null)
        {
            if (_tally.FirstSightOfUnknownArea(code))
            {
                var column = _map.NameOf(field);
                _tally.Add(ComtradeImportRules.UnknownAreaCode.At(RowPath.Of(element, column), $"{column} {code} is not in the trade-area catalogue; it is kept as the plain code {code} (first seen here).").InFile(_source, line));
            }
        }

        return true;
    }

    private bool TryReadFlow<TRow>(scoped in TRow row, out TradeFlow flow)
        where TRow : IRowFields, allows ref struct
    {
        var text = Get(row, Field.Flow);
        var legacyCode = Get(row, Field.LegacyFlowCode);
        if (legacyCode is [] or [(byte)'0'])
        {
            switch (text)
            {
                case [(byte)'M']:
                    flow = TradeFlow.Import;
                    return true;
                case [(byte)'X']:
                    flow = TradeFlow.Export;
                    return true;
                default:
                    return TradeFlows.TryParseComtradeCode(text, out flow) || TryParseFlowWord(text, out flow);
            }
        }

        if (legacyCode is [(byte)'1' or (byte)'2' or (byte)'3' or (byte)'4'])
        {
            flow = LegacyFlows[legacyCode[0] - '1'];
            return text.IsEmpty || IsFlowWord(text, flow) || (TryParseFlowWord(text, out var named) && named == flow) || (TradeFlows.TryParseComtradeCode(text, out named) && named == flow);
        }

        flow = default;
        return false;
    }

    // Why TryReadFlow refused the row.
    private string FlowProblem<TRow>(scoped in TRow row)
        where TRow : IRowFields, allows ref struct
    {
        var text = Get(row, Field.Flow);
        var legacyCode = Get(row, Field.LegacyFlowCode);
        if (legacyCode is [] or [(byte)'0'])
        {
            return $"{_map.NameOf(Field.Flow)} '{TextDecoding.Quote(text)}' is not a trade flow (M, X, RX, RM, DX, FM, MIP, MOP, XIP, XOP, or Import, Export, Re-Export, Re-Import).";
        }

        return legacyCode is [(byte)'1' or (byte)'2' or (byte)'3' or (byte)'4']
            ? $"{_map.NameOf(Field.LegacyFlowCode)} {TextDecoding.Quote(legacyCode)} is {LegacyFlows[legacyCode[0] - '1']}, but {_map.NameOf(Field.Flow)} says '{TextDecoding.Quote(text)}'."
            : $"{_map.NameOf(Field.LegacyFlowCode)} '{TextDecoding.Quote(legacyCode)}' is not a legacy flow code (0, or 1 to 4).";
    }

    // The words Comtrade writes for the two total flows, as it writes them: the common row's description, told without
    // the comparisons that ignore case.
    private static bool IsFlowWord(ReadOnlySpan<byte> text, TradeFlow flow) =>
        flow == TradeFlow.Import ? text.SequenceEqual("Import"u8) || text.SequenceEqual("Imports"u8) : flow == TradeFlow.Export && (text.SequenceEqual("Export"u8) || text.SequenceEqual("Exports"u8));

    private static bool TryParseFlowWord(ReadOnlySpan<byte> text, out TradeFlow flow)
    {
        flow = text switch
        {
            _ when Ascii.EqualsIgnoreCase(text, "Import"u8) || Ascii.EqualsIgnoreCase(text, "Imports"u8) => TradeFlow.Import,
            _ when Ascii.EqualsIgnoreCase(text, "Export"u8) || Ascii.EqualsIgnoreCase(text, "Exports"u8) => TradeFlow.Export,
            _ when Ascii.EqualsIgnoreCase(text, "Re-Export"u8) || Ascii.EqualsIgnoreCase(text, "Re-Exports"u8) => TradeFlow.ReExport,
            _ when Ascii.EqualsIgnoreCase(text, "Re-Import"u8) || Ascii.EqualsIgnoreCase(text, "Re-Imports"u8) => TradeFlow.ReImport,
            _ => (TradeFlow)byte.MaxValue,
        };
        return flow != (TradeFlow)byte.MaxValue;
    }

    private static bool TryReadCustomsProcedure(ReadOnlySpan<byte> text, out ushort procedure)
    {
        procedure = 0;
        if (text.IsEmpty)
        {
            return true;
        }

        if (text is [(byte)'C' or (byte)'c', >= (byte)'0' and <= (byte)'9', >= (byte)'0' and <= (byte)'9'])
        {
            procedure = (ushort)(((text[1] - '0') * 10) + (text[2] - '0'));
            return true;
        }

        return false;
    }

    private static bool TryReadTransportMode(ReadOnlySpan<byte> text, out ushort mode)
    {
        mode = 0;
        if (text.IsEmpty)
        {
            return true;
        }

        if (!Numbers.TryParseInt(text, out var number) || number is < 0 or > ushort.MaxValue)
        {
            return false;
        }

        mode = (ushort)number;
        return true;
    }

    private static bool TryReadQuantityUnit(ReadOnlySpan<byte> text, out int? unit)
    {
        unit = null;
        if (text.IsEmpty || text is [(byte)'-', (byte)'1'])
        {
            return true;
        }

        if (!Numbers.TryParseInt(text, out var code) || code is < short.MinValue or > short.MaxValue)
        {
            return false;
        }

        unit = code == -1 ? null : code; // -1 is Comtrade's "N/A"
        return true;
    }

    private static bool TryReadMeasure(ReadOnlySpan<byte> text, out double? measure)
    {
        measure = null;
        if (text.IsEmpty)
        {
            return true;
        }

        if (!Numbers.TryParseDouble(text, out var number))
        {
            return false;
        }

        measure = number;
        return true;
    }

    private bool TryReadFlags<TRow>(scoped in TRow row, long line, long element, out TradeRecordFlags flags, out Field badField)
        where TRow : IRowFields, allows ref struct
    {
        flags = TradeRecordFlags.None;
        badField = default;
        if (_map.IsLegacy)
        {
            var text = Get(row, Field.LegacyFlag);
            if (text.IsEmpty)
            {
                return true;
            }

            if (!Numbers.TryParseInt(text, out var flag) || flag < 0)
            {
                badField = Field.LegacyFlag;
                return false;
            }

            // Legacy estimation flag: 2 = quantity estimated, 4 = net weight estimated, 6 = both.
            flags |= (flag & 2) != 0 ? TradeRecordFlags.QuantityEstimated : 0;
            flags |= (flag & 4) != 0 ? TradeRecordFlags.NetWeightEstimated : 0;
            if ((flag & ~6) != 0 && _unknownFlagsSeen.Add(flag))
            {
                _tally.Add(ComtradeImportRules.UnknownEstimationFlag
                    .At(RowPath.Of(element, _map.NameOf(Field.LegacyFlag)), $"{_map.NameOf(Field.LegacyFlag)} {flag} is not 0, 2, 4 or 6; only its quantity (2) and net weight (4) parts are read (first seen here).")
                    .InFile(_source, line));
            }

            return true;
        }

        return Flag(row, Field.QuantityEstimated, TradeRecordFlags.QuantityEstimated, whenTrue: true, ref flags, ref badField)
            && Flag(row, Field.NetWeightEstimated, TradeRecordFlags.NetWeightEstimated, whenTrue: true, ref flags, ref badField)
            && Flag(row, Field.IsReported, TradeRecordFlags.NotReported, whenTrue: false, ref flags, ref badField)
            && Flag(row, Field.IsAggregate, TradeRecordFlags.Aggregated, whenTrue: true, ref flags, ref badField);
    }

    private bool Flag<TRow>(scoped in TRow row, Field field, TradeRecordFlags flag, bool whenTrue, ref TradeRecordFlags flags, ref Field badField)
        where TRow : IRowFields, allows ref struct
    {
        var text = Get(row, field);
        if (text.IsEmpty)
        {
            return true;
        }

        bool value;
        if (text is [(byte)'t', (byte)'r', (byte)'u', (byte)'e'] or [(byte)'1'] || Ascii.EqualsIgnoreCase(text, "true"u8))
        {
            value = true;
        }
        else if (text is [(byte)'f', (byte)'a', (byte)'l', (byte)'s', (byte)'e'] or [(byte)'0'] || Ascii.EqualsIgnoreCase(text, "false"u8))
        {
            value = false;
        }
        else
        {
            badField = field;
            return false;
        }

        if (value == whenTrue)
        {
            flags |= flag;
        }

        return true;
    }

    // What failed, for Explain.
    private enum Failure
    {
        FieldCount,
        DuplicateField,
        NotGoods,
        MalformedPeriod,
        ContradictoryPeriod,
        UnknownFlow,
        ContradictoryFlow,
        NotHarmonizedSystem,
        MalformedCommodity,
        MalformedBreakdown,
        MissingValue,
        BadValue,
        BadNumber,
        BadFlag,
    }

    private RowOutcome Reject(ValidationRule rule, Field field, string message, long line, long element, out ValidationIssue? rejection) =>
        Reject(rule, _map.NameOf(field), message, line, element, out rejection);

    private RowOutcome Reject(ValidationRule rule, string column, string message, long line, long element, out ValidationIssue? rejection)
    {
        rejection = rule.At(column.Length == 0 ? RowPath.Of(element) : RowPath.Of(element, column), message).InFile(_source, line);
        return RowOutcome.Rejected;
    }
}
