using System.Numerics;
using System.Runtime.CompilerServices;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// An exact sum of decimals of any scales: an integer over a power of ten, held in 128 bits while it fits and in a
/// <see cref="BigInteger"/> beyond (a US$ 20 billion value beside one at 28 decimal places needs about 190 bits).
/// The scale is the largest of the values added, so the sum is exact, associative and commutative whatever their scales.
/// </summary>
internal struct ExactTotal : IComparable<ExactTotal>
{
    private Int128 _mantissa;
    private int _scale;
    private BigInteger? _big; // when set, the sum is _big / 10^_scale and _mantissa is unused

    private ExactTotal(Int128 mantissa, int scale, BigInteger? big)
    {
        _mantissa = mantissa;
        _scale = scale;
        _big = big;
    }

    /// <summary>The scale of the sum: value = mantissa / 10^Scale.</summary>
    public readonly int Scale => _scale;

    /// <summary>True when the sum outgrew 128 bits.</summary>
    public readonly bool IsBig => _big is not null;

    /// <summary>The 128-bit mantissa (only when not <see cref="IsBig"/>).</summary>
    public readonly Int128 Mantissa => _mantissa;

    /// <summary>The sign: -1, 0 or 1.</summary>
    public readonly int Sign => _big is { } big ? big.Sign : Int128.Sign(_mantissa);

    /// <summary>A sum of one value given as an integer at a scale.</summary>
    public static ExactTotal Of(Int128 mantissa, int scale) => new(mantissa, scale, null);

    /// <summary>A sum of one decimal.</summary>
    public static ExactTotal Of(decimal value) => Of(ExactSum.Decompose(value, out var scale), scale);

    /// <summary>The sum of two sums.</summary>
    public static ExactTotal operator +(ExactTotal left, ExactTotal right)
    {
        left.Add(right);
        return left;
    }

    /// <summary>The sum negated, exactly (for a difference: a whole less its parts).</summary>
    public static ExactTotal operator -(ExactTotal value) =>
        value._big is { } big ? new(0, value._scale, -big)
        : value._mantissa == Int128.MinValue ? new(0, value._scale, -(BigInteger)value._mantissa)
        : new(-value._mantissa, value._scale, null);

    /// <summary>Adds an integer at a scale, exactly.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(Int128 mantissa, int scale)
    {
        // The common cases without a branch to the slow path: the same scale, or a value at a smaller scale brought up.
        var aligned = mantissa;
        if (_big is null && scale <= _scale && (scale == _scale || ExactSum.TryScale(mantissa, _scale - scale, out aligned)) && TryAdd(_mantissa, aligned, out var sum))
        {
            _mantissa = sum;
            return;
        }

        AddSlow(mantissa, scale);
    }

    /// <summary>Adds another sum, exactly.</summary>
    public void Add(in ExactTotal other)
    {
        if (other._big is { } big)
        {
            AddBig(big, other._scale);
        }
        else
        {
            Add(other._mantissa, other._scale);
        }
    }

    /// <summary>The sum as a decimal: exact while it fits decimal's 96 bits, rounded to its 28-29 significant digits beyond.</summary>
    /// <exception cref="OverflowException">The sum's whole part exceeds decimal's range (about 7.9e28).</exception>
    public readonly decimal ToDecimal() =>
        TryToDecimal(out var value) ? value : throw new OverflowException("The sum exceeds the range of decimal.");

    /// <summary>
    /// The sum as a decimal (as <see cref="ToDecimal"/>), or false when its whole part exceeds decimal's range: a figure
    /// made of it is then absent with the reason, never an exception.
    /// </summary>
    public readonly bool TryToDecimal(out decimal value)
    {
        if (_big is not { } big)
        {
            return ExactSum.TryToDecimal(_mantissa, _scale, out value);
        }

        var negative = big.Sign < 0;
        var magnitude = BigInteger.Abs(big);
        var scale = _scale;
        if (!ExactSum.TryRoundToDecimalDigits(ref magnitude, ref scale))
        {
            value = default;
            return false;
        }

        var mantissa = (Int128)magnitude;
        return ExactSum.TryToDecimal(negative ? -mantissa : mantissa, scale, out value);
    }

    /// <summary>Compares two sums by value, exactly.</summary>
    public readonly int CompareTo(ExactTotal other)
    {
        if (_big is null && other._big is null && _scale == other._scale)
        {
            return _mantissa.CompareTo(other._mantissa);
        }

        var (mine, theirs) = (ToBig(), other.ToBig());
        var scale = Math.Max(_scale, other._scale);
        return (mine * BigInteger.Pow(10, scale - _scale)).CompareTo(theirs * BigInteger.Pow(10, scale - other._scale));
    }

    /// <summary>The sum as an integer at a scale at least <see cref="Scale"/>: value = result / 10^scale, exactly.</summary>
    public readonly BigInteger MantissaAt(int scale) => ToBig() * BigInteger.Pow(10, scale - _scale);

    /// <summary>The sum exactly, in invariant digits (beyond a decimal's range too: it names the value in an error).</summary>
    /// <returns>The digits, with a point where the scale puts one.</returns>
    public override readonly string ToString()
    {
        if (TryToDecimal(out var value))
        {
            return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var digits = BigInteger.Abs(ToBig()).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(_scale + 1, '0');
        var whole = _scale == 0 ? digits : $"{digits[..^_scale]}.{digits[^_scale..].TrimEnd('0')}".TrimEnd('.');
        return Sign < 0 ? "-" + whole : whole;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryAdd(Int128 left, Int128 right, out Int128 sum)
    {
        sum = left + right;

        // Overflow when both operands have the same sign and the sum's sign differs.
        return ((left ^ sum) & (right ^ sum)) >= 0;
    }

    private static bool TryScale(Int128 value, int exponent, out Int128 scaled) => ExactSum.TryScale(value, exponent, out scaled);

    private void AddSlow(Int128 mantissa, int scale)
    {
        if (_big is null)
        {
            if (scale <= _scale)
            {
                if (TryScale(mantissa, _scale - scale, out var aligned) && TryAdd(_mantissa, aligned, out var sum))
                {
                    _mantissa = sum;
                    return;
                }
            }
            else if (TryScale(_mantissa, scale - _scale, out var own) && TryAdd(own, mantissa, out var sum))
            {
                (_mantissa, _scale) = (sum, scale);
                return;
            }
        }

        AddBig(mantissa, scale);
    }

    private void AddBig(BigInteger mantissa, int scale)
    {
        var own = ToBig();
        var common = Math.Max(_scale, scale);
        var sum = (own * BigInteger.Pow(10, common - _scale)) + (mantissa * BigInteger.Pow(10, common - scale));
        if (sum >= (BigInteger)Int128.MinValue && sum <= (BigInteger)Int128.MaxValue)
        {
            (_mantissa, _scale, _big) = ((Int128)sum, common, null);
        }
        else
        {
            (_mantissa, _scale, _big) = (0, common, sum);
        }
    }

    private readonly BigInteger ToBig() => _big ?? (BigInteger)_mantissa;
}
