using System.Globalization;
using System.Text.Json.Serialization;
using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Serialization.Converters;
using NodaTime;

namespace AseanMinerals.Core.Time;

/// <summary>
/// A date known to the year, the month or the day, as sources report it ("Dec 2011", "2013", "4 Aug 2005"),
/// so that a month is never dressed up as an exact day. Written in ISO 8601 reduced precision:
/// <c>2013</c>, <c>2011-12</c>, <c>2005-08-04</c>.
/// </summary>
[JsonConverter(typeof(PartialDateJsonConverter))]
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>
{
    private readonly short _year;
    private readonly byte _month;
    private readonly byte _day;

    private PartialDate(int year, int month, int day)
    {
        _year = (short)year;
        _month = (byte)month;
        _day = (byte)day;
    }

    /// <summary>A date known only to the year.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1 to 9999.</exception>
    public static PartialDate FromYear(int year) => new(CheckYear(year), 0, 0);

    /// <summary>A date known to the month.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static PartialDate FromYearMonth(int year, int month)
    {
        CheckYear(year);
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "The month must be between 1 and 12.");
        }

        return new PartialDate(year, month, 0);
    }

    /// <summary>A date known to the day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The partial date.</returns>
    public static PartialDate FromDate(LocalDate date) => new(CheckYear(date.Year), date.Month, date.Day);

    /// <summary>The year.</summary>
    public int Year => _year;

    /// <summary>The month, 1 to 12, when known.</summary>
    public int? Month => _month == 0 ? null : _month;

    /// <summary>The day of the month, when known.</summary>
    public int? Day => _day == 0 ? null : _day;

    /// <summary>How precisely the date is known.</summary>
    public DatePrecision Precision => _day != 0 ? DatePrecision.Day : _month != 0 ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day the date can be: the day itself, the first of the month, or 1 January.</summary>
    public LocalDate FirstDay => new(Year, _month == 0 ? 1 : _month, _day == 0 ? 1 : _day);

    /// <summary>The last day the date can be: the day itself, the end of the month, or 31 December.</summary>
    public LocalDate LastDay => _day != 0
        ? new LocalDate(Year, _month, _day)
        : _month != 0 ? new YearMonth(Year, _month).ToDateInterval().End : new LocalDate(Year, 12, 31);

    /// <summary>Every day the date can be.</summary>
    /// <returns>The interval from <see cref="FirstDay"/> to <see cref="LastDay"/>.</returns>
    public DateInterval ToDateInterval() => new(FirstDay, LastDay);

    /// <summary>Whether a day is one the date can be.</summary>
    /// <param name="date">The day.</param>
    /// <returns>True when the day is between <see cref="FirstDay"/> and <see cref="LastDay"/>.</returns>
    public bool Contains(LocalDate date) => date >= FirstDay && date <= LastDay;

    /// <summary>The exact date, when known to the day.</summary>
    /// <param name="date">The date, when the precision is <see cref="DatePrecision.Day"/>.</param>
    /// <returns>True when the date is known to the day.</returns>
    public bool TryGetExactDate(out LocalDate date)
    {
        date = _day != 0 ? new LocalDate(Year, _month, _day) : default;
        return _day != 0;
    }

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="FormatException">The text is not one of the three forms, or names no real date.</exception>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.");

    /// <summary>Tries to parse <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The partial date, when parsed.</param>
    /// <returns>True when the text is a valid partial date.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate value)
    {
        value = default;
        if (text.Length is not (4 or 7 or 10) || !AsciiDigits.TryParse(text[..4], out var year) || year == 0)
        {
            return false;
        }

        if (text.Length == 4)
        {
            value = new PartialDate(year, 0, 0);
            return true;
        }

        if (text[4] != '-' || !AsciiDigits.TryParse(text.Slice(5, 2), out var month) || month is < 1 or > 12)
        {
            return false;
        }

        if (text.Length == 7)
        {
            value = new PartialDate(year, month, 0);
            return true;
        }

        if (text[7] != '-' || !AsciiDigits.TryParse(text.Slice(8, 2), out var day) || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        value = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>Formats the date in ISO 8601 at its precision: <c>2013</c>, <c>2011-12</c> or <c>2005-08-04</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{_month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{_month:D2}-{_day:D2}"),
    };

    /// <inheritdoc />
    public bool Equals(PartialDate other) => _year == other._year && _month == other._month && _day == other._day;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_year, _month, _day);

    /// <summary>Orders by first possible day, then the less precise first (2011 before 2011-01 before 2011-01-01).</summary>
    /// <param name="other">The other date.</param>
    /// <returns>The order.</returns>
    public int CompareTo(PartialDate other)
    {
        var byStart = FirstDay.CompareTo(other.FirstDay);
        return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
    }

    /// <summary>Equality.</summary>
    /// <param name="left">The left date.</param>
    /// <param name="right">The right date.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left date.</param>
    /// <param name="right">The right date.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>Order.</summary>
    /// <param name="left">The left date.</param>
    /// <param name="right">The right date.</param>
    /// <returns>True when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Order.</summary>
    /// <param name="left">The left date.</param>
    /// <param name="right">The right date.</param>
    /// <returns>True when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Order.</summary>
    /// <param name="left">The left date.</param>
    /// <param name="right">The right date.</param>
    /// <returns>True when <paramref name="left"/> sorts before or equal to <paramref name="right"/>.</returns>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Order.</summary>
    /// <param name="left">The left date.</param>
    /// <param name="right">The right date.</param>
    /// <returns>True when <paramref name="left"/> sorts after or equal to <paramref name="right"/>.</returns>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    private static int CheckYear(int year) =>
        year is < 1 or > 9999 ? throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be between 1 and 9999.") : year;
}
