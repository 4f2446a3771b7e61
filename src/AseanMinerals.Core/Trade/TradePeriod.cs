using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Serialization.Converters;
using NodaTime;

namespace AseanMinerals.Core.Trade;

/// <summary>
/// The period a trade figure covers: a calendar year (<c>2018</c>) or a month (<c>2018-06</c>), as trade statistics
/// publish them. Membership "for a period" is judged at <see cref="End"/>, its last day.
/// </summary>
[JsonConverter(typeof(TradePeriodJsonConverter))]
public readonly struct TradePeriod
    : IEquatable<TradePeriod>, IComparable<TradePeriod>, ISpanParsable<TradePeriod>, IUtf8SpanParsable<TradePeriod>, ISpanFormattable, IUtf8SpanFormattable
{
    private readonly short _year;
    private readonly byte _month;

    private TradePeriod(int year, int month)
    {
        _year = (short)year;
        _month = (byte)month;
    }

    /// <summary>A calendar year.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <returns>The annual period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static TradePeriod Annual(int year) => new(CheckYear(year), 0);

    /// <summary>A calendar month.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The monthly period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static TradePeriod Monthly(int year, int month) =>
        month is < 1 or > 12
            ? throw new ArgumentOutOfRangeException(nameof(month), month, "The month must be between 1 and 12.")
            : new TradePeriod(CheckYear(year), month);

    /// <summary>The month a NodaTime <see cref="YearMonth"/> names.</summary>
    /// <param name="yearMonth">The month.</param>
    /// <returns>The monthly period.</returns>
    public static TradePeriod FromYearMonth(YearMonth yearMonth) => Monthly(yearMonth.Year, yearMonth.Month);

    /// <summary>The year.</summary>
    public int Year => _year;

    /// <summary>The month, for a monthly period; null for a year.</summary>
    public int? Month => _month == 0 ? null : _month;

    /// <summary>True for a calendar year.</summary>
    public bool IsAnnual => _month == 0;

    /// <summary>The month, or 0 for a year: read without a branch where periods are packed into keys.</summary>
    internal int MonthOrZero => _month;

    /// <summary>The first day of the period.</summary>
    public LocalDate Start => new(Year, _month == 0 ? 1 : _month, 1);

    /// <summary>The last day of the period; membership for the period is judged on this day.</summary>
    public LocalDate End => _month == 0 ? new LocalDate(Year, 12, 31) : new YearMonth(Year, _month).ToDateInterval().End;

    /// <summary>The year this period belongs to, as an annual period.</summary>
    public TradePeriod ToAnnual() => new(_year, 0);

    /// <summary>The month as a NodaTime <see cref="YearMonth"/>, or null for an annual period.</summary>
    /// <returns>The month, or null.</returns>
    public YearMonth? ToYearMonth() => _month == 0 ? null : new YearMonth(Year, _month);

    /// <summary>Every day of the period.</summary>
    /// <returns>The interval from <see cref="Start"/> to <see cref="End"/>.</returns>
    public DateInterval ToDateInterval() => new(Start, End);

    /// <summary>
    /// What a trade period looks like as text, for error messages and docs: the one description every parser, reader and
    /// message uses.
    /// </summary>
    public const string FormatDescription = "a trade period of the form YYYY or YYYY-MM";

    /// <summary>Parses <c>YYYY</c> or <c>YYYY-MM</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The period.</returns>
    /// <exception cref="FormatException">The text is neither form.</exception>
    public static TradePeriod Parse(string text) => Parse(text.AsSpan(), null);

    /// <summary>Parses <c>YYYY</c> or <c>YYYY-MM</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form does not depend on culture.</param>
    /// <returns>The period.</returns>
    /// <exception cref="FormatException">The text is neither form.</exception>
    public static TradePeriod Parse(string s, IFormatProvider? provider) => Parse(s.AsSpan(), provider);

    /// <summary>Parses <c>YYYY</c> or <c>YYYY-MM</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form does not depend on culture.</param>
    /// <returns>The period.</returns>
    /// <exception cref="FormatException">The text is neither form.</exception>
    public static TradePeriod Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParseCore(s, out var period) ? period : throw Invalid(s);

    /// <summary>Parses <c>YYYY</c> or <c>YYYY-MM</c> written in UTF-8, without decoding it.</summary>
    /// <param name="utf8Text">The text, in UTF-8.</param>
    /// <param name="provider">Ignored: the form does not depend on culture.</param>
    /// <returns>The period.</returns>
    /// <exception cref="FormatException">The text is neither form.</exception>
    public static TradePeriod Parse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider) =>
        TryParseCore(utf8Text, out var period) ? period : throw Invalid(utf8Text);

    /// <summary>Tries to parse <c>YYYY</c> or <c>YYYY-MM</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="period">The period, when parsed.</param>
    /// <returns>True when parsed.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out TradePeriod period) => TryParseCore(text, out period);

    /// <summary>Tries to parse <c>YYYY</c> or <c>YYYY-MM</c> written in UTF-8, without decoding it.</summary>
    /// <param name="utf8Text">The text, in UTF-8.</param>
    /// <param name="period">The period, when parsed.</param>
    /// <returns>True when parsed.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, out TradePeriod period) => TryParseCore(utf8Text, out period);

    /// <summary>Tries to parse <c>YYYY</c> or <c>YYYY-MM</c>.</summary>
    /// <param name="s">The text; null is not a period.</param>
    /// <param name="provider">Ignored: the form does not depend on culture.</param>
    /// <param name="result">The period, when parsed.</param>
    /// <returns>True when parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out TradePeriod result) =>
        TryParseCore(s.AsSpan(), out result);

    /// <summary>Tries to parse <c>YYYY</c> or <c>YYYY-MM</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form does not depend on culture.</param>
    /// <param name="result">The period, when parsed.</param>
    /// <returns>True when parsed.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out TradePeriod result) => TryParseCore(s, out result);

    /// <summary>Tries to parse <c>YYYY</c> or <c>YYYY-MM</c> written in UTF-8, without decoding it.</summary>
    /// <param name="utf8Text">The text, in UTF-8.</param>
    /// <param name="provider">Ignored: the form does not depend on culture.</param>
    /// <param name="result">The period, when parsed.</param>
    /// <returns>True when parsed.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, out TradePeriod result) =>
        TryParseCore(utf8Text, out result);

    /// <summary>Formats the period as <c>2018</c> or <c>2018-06</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        _month == 0
            ? Year.ToString("D4", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{_month:D2}");

    /// <summary>Formats the period as <c>2018</c> or <c>2018-06</c>; there is one form, so the format is ignored.</summary>
    /// <param name="format">Ignored.</param>
    /// <param name="formatProvider">Ignored: the form does not depend on culture.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes the period as <c>2018</c> or <c>2018-06</c>.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">The number of chars written.</param>
    /// <param name="format">Ignored: there is one form.</param>
    /// <param name="provider">Ignored: the form does not depend on culture.</param>
    /// <returns>False when the destination is too short.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TryFormatCore(destination, out charsWritten);

    /// <summary>Writes the period as <c>2018</c> or <c>2018-06</c> in UTF-8.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">The number of bytes written.</param>
    /// <param name="format">Ignored: there is one form.</param>
    /// <param name="provider">Ignored: the form does not depend on culture.</param>
    /// <returns>False when the destination is too short.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TryFormatCore(utf8Destination, out bytesWritten);

    /// <inheritdoc />
    public bool Equals(TradePeriod other) => _year == other._year && _month == other._month;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TradePeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (_year << 4) | _month;

    /// <summary>Orders by year, then the year before its months, then by month.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>The order.</returns>
    public int CompareTo(TradePeriod other) => ((_year << 4) | _month).CompareTo((other._year << 4) | other._month);

    /// <summary>Equality.</summary>
    /// <param name="left">The left period.</param>
    /// <param name="right">The right period.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(TradePeriod left, TradePeriod right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left period.</param>
    /// <param name="right">The right period.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(TradePeriod left, TradePeriod right) => !left.Equals(right);

    /// <summary>Order.</summary>
    /// <param name="left">The left period.</param>
    /// <param name="right">The right period.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(TradePeriod left, TradePeriod right) => left.CompareTo(right) < 0;

    /// <summary>Order.</summary>
    /// <param name="left">The left period.</param>
    /// <param name="right">The right period.</param>
    /// <returns>True when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(TradePeriod left, TradePeriod right) => left.CompareTo(right) > 0;

    /// <summary>Order.</summary>
    /// <param name="left">The left period.</param>
    /// <param name="right">The right period.</param>
    /// <returns>True when <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(TradePeriod left, TradePeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Order.</summary>
    /// <param name="left">The left period.</param>
    /// <param name="right">The right period.</param>
    /// <returns>True when <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(TradePeriod left, TradePeriod right) => left.CompareTo(right) >= 0;

    // The one parser, for chars and UTF-8 bytes alike.
    private static bool TryParseCore<T>(ReadOnlySpan<T> text, out TradePeriod period)
        where T : unmanaged, IBinaryInteger<T>
    {
        period = default;
        if (text.Length is not (4 or 7) || !AsciiDigits.TryParse(text[..4], out var year) || year == 0)
        {
            return false;
        }

        if (text.Length == 4)
        {
            period = new TradePeriod(year, 0);
            return true;
        }

        if (text[4] != T.CreateTruncating('-') || !AsciiDigits.TryParse(text[5..], out var month) || month is < 1 or > 12)
        {
            return false;
        }

        period = new TradePeriod(year, month);
        return true;
    }

    private bool TryFormatCore<T>(Span<T> destination, out int written)
        where T : unmanaged, IBinaryInteger<T>
    {
        written = 0;
        if (destination.Length < (_month == 0 ? 4 : 7))
        {
            return false;
        }

        AsciiDigits.TryFormat(Year, 4, destination, out written);
        if (_month != 0)
        {
            destination[4] = T.CreateTruncating('-');
            AsciiDigits.TryFormat(_month, 2, destination[5..], out _);
            written = 7;
        }

        return true;
    }

    private static FormatException Invalid<T>(ReadOnlySpan<T> text)
        where T : unmanaged, IBinaryInteger<T> =>
        new($"'{AsciiDigits.Show(text)}' is not {FormatDescription}.");

    private static int CheckYear(int year) =>
        year is < 1 or > 9999 ? throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be between 1 and 9999.") : year;
}
