using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Converters;
using NodaTime;

namespace AseanMinerals.Core.Time;

/// <summary>
/// When something happened or ran, as precisely as sources say: one <see cref="PartialDate"/> (a day, a month or a year),
/// a range of them, or a range still open. Written in ISO 8601 interval form: <c>2016-06</c>, <c>2016/2020</c>,
/// <c>2018-05-08/2018-05-10</c>, <c>2010/..</c> (open end).
/// </summary>
[JsonConverter(typeof(PartialDateRangeJsonConverter))]
public readonly struct PartialDateRange : IEquatable<PartialDateRange>
{
    private readonly PartialDate _end;
    private readonly bool _isOpen;

    private PartialDateRange(PartialDate start, PartialDate end, bool isOpen)
    {
        Start = start;
        _end = end;
        _isOpen = isOpen;
    }

    /// <summary>A single date at its own precision (a day, a month or a year).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The range that holds exactly that date.</returns>
    public static PartialDateRange Single(PartialDate date) => new(date, date, isOpen: false);

    /// <summary>A range from one date to another, both included.</summary>
    /// <param name="start">The first date.</param>
    /// <param name="end">The last date.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentException">The end starts before the start.</exception>
    public static PartialDateRange Between(PartialDate start, PartialDate end)
    {
        if (end.FirstDay < start.FirstDay || end.LastDay < start.LastDay)
        {
            throw new ArgumentException($"A range must not end ({end}) before it starts ({start}).", nameof(end));
        }

        return new PartialDateRange(start, end, isOpen: false);
    }

    /// <summary>A range that has started and not ended (or whose end no source gives).</summary>
    /// <param name="start">The first date.</param>
    /// <returns>The open range.</returns>
    public static PartialDateRange OpenFrom(PartialDate start) => new(start, default, isOpen: true);

    /// <summary>Years <paramref name="firstYear"/> to <paramref name="lastYear"/>, both included.</summary>
    /// <param name="firstYear">The first year.</param>
    /// <param name="lastYear">The last year.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentException">The last year is before the first.</exception>
    public static PartialDateRange Years(int firstYear, int lastYear) =>
        firstYear == lastYear ? Single(PartialDate.FromYear(firstYear)) : Between(PartialDate.FromYear(firstYear), PartialDate.FromYear(lastYear));

    /// <summary>The first date.</summary>
    public PartialDate Start { get; }

    /// <summary>The last date, or null when the range is open.</summary>
    public PartialDate? End => _isOpen ? null : _end;

    /// <summary>True when the range has no end.</summary>
    public bool IsOpen => _isOpen;

    /// <summary>True when the range is a single date at its own precision.</summary>
    public bool IsSingle => !_isOpen && Start == _end;

    /// <summary>The first day the range can include.</summary>
    public LocalDate FirstDay => Start.FirstDay;

    /// <summary>The last day the range can include, or null when it is open.</summary>
    public LocalDate? LastDay => _isOpen ? null : _end.LastDay;

    /// <summary>Whether the range can include a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>True when the day is on or after <see cref="FirstDay"/> and, unless open, on or before <see cref="LastDay"/>.</returns>
    public bool Contains(LocalDate date) => date >= FirstDay && (_isOpen || date <= _end.LastDay);

    /// <summary>Whether the range shares at least one possible day with an interval.</summary>
    /// <param name="interval">The interval.</param>
    /// <returns>True when they overlap.</returns>
    public bool Overlaps(DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        return FirstDay <= interval.End && (_isOpen || _end.LastDay >= interval.Start);
    }

    /// <summary>Whether every day of this range lies inside another range.</summary>
    /// <param name="other">The enclosing range.</param>
    /// <returns>True when this range is inside <paramref name="other"/>.</returns>
    public bool IsWithin(PartialDateRange other) =>
        FirstDay >= other.FirstDay && (other._isOpen || (!_isOpen && _end.LastDay <= other._end.LastDay));

    /// <summary>Parses the ISO 8601 forms <c>D</c>, <c>D/D</c> and <c>D/..</c>, where D is <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The range.</returns>
    /// <exception cref="FormatException">The text is not of those forms, or ends before it starts.</exception>
    public static PartialDateRange Parse(string text) =>
        TryParse(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a date or range of the form D, D/D or D/.. (D being YYYY, YYYY-MM or YYYY-MM-DD) whose end is not before its start.");

    /// <summary>Tries to parse the forms that <see cref="Parse"/> accepts.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The range, when parsed.</param>
    /// <returns>True when the text is a valid range.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDateRange value)
    {
        value = default;
        var slash = text.IndexOf('/');
        if (slash < 0)
        {
            if (!PartialDate.TryParse(text, out var single))
            {
                return false;
            }

            value = Single(single);
            return true;
        }

        if (!PartialDate.TryParse(text[..slash], out var start))
        {
            return false;
        }

        var rest = text[(slash + 1)..];
        if (rest.SequenceEqual(".."))
        {
            value = OpenFrom(start);
            return true;
        }

        if (!PartialDate.TryParse(rest, out var end) || end.FirstDay < start.FirstDay || end.LastDay < start.LastDay)
        {
            return false;
        }

        value = new PartialDateRange(start, end, isOpen: false);
        return true;
    }

    /// <summary>Formats the range in ISO 8601: <c>2016-06</c>, <c>2016/2020</c> or <c>2010/..</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _isOpen ? $"{Start}/.." : IsSingle ? Start.ToString() : $"{Start}/{_end}";

    /// <inheritdoc />
    public bool Equals(PartialDateRange other) => Start == other.Start && _isOpen == other._isOpen && (_isOpen || _end == other._end);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PartialDateRange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _isOpen ? HashCode.Combine(Start, true) : HashCode.Combine(Start, _end);

    /// <summary>Equality.</summary>
    /// <param name="left">The left range.</param>
    /// <param name="right">The right range.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PartialDateRange left, PartialDateRange right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left range.</param>
    /// <param name="right">The right range.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(PartialDateRange left, PartialDateRange right) => !left.Equals(right);
}
