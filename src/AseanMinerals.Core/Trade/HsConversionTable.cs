using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace AseanMinerals.Core.Trade;

/// <summary>
/// The distinct <see cref="HsConversion"/> values of the process, each stored once and named by a 4-byte handle, so that a
/// <see cref="TradeRecord"/> holds its conversion as a number instead of 21 bytes inline (the record stays within one
/// 64-byte cache line, and holds no GC reference, which would slow every copy of it). Distinct conversions are few (they come
/// from correlation tables: a source code, its edition and one of the shares its targets get), so the table stays small.
/// Append-only and thread-safe: a handle, once given, names the same value for the life of the process; reading a value by
/// its handle takes no lock.
/// </summary>
internal static class HsConversionTable
{
    /// <summary>The handle of no conversion (a record as reported).</summary>
    public const int None = 0;

    private static readonly ConcurrentDictionary<Key, int> Handles = new();
    private static readonly Lock Appending = new();
    private static HsConversion[] _values = new HsConversion[64]; // by handle - 1; replaced, never changed in place below _count
    private static int _count;

    /// <summary>How many distinct conversions the table holds.</summary>
    public static int Count => Volatile.Read(ref _count);

    /// <summary>The handle of a conversion, adding it on first sight: the same value (to the last digit of its weight, trailing zeros included) always gets the same handle.</summary>
    public static int HandleOf(in HsConversion conversion)
    {
        var key = new Key(conversion);
        return Handles.TryGetValue(key, out var handle) ? handle : Add(key, conversion);
    }

    /// <summary>The conversion a handle names; the handle must come from <see cref="HandleOf"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static HsConversion ValueOf(int handle) => Volatile.Read(ref _values)[handle - 1];

    private static int Add(Key key, in HsConversion conversion)
    {
        lock (Appending)
        {
            if (Handles.TryGetValue(key, out var handle))
            {
                return handle;
            }

            // The value is in place (in a copy when the array grows, published whole) before its handle is: a reader that
            // has the handle finds the value.
            var values = _values;
            if (_count == values.Length)
            {
                if (_count == Array.MaxLength)
                {
                    throw new InvalidOperationException($"More than {Array.MaxLength} distinct HS conversions: conversions are meant to come from correlation tables.");
                }

                var grown = new HsConversion[Math.Min(Array.MaxLength, (long)values.Length * 2)];
                values.AsSpan().CopyTo(grown);
                values = grown;
            }

            values[_count] = conversion;
            Volatile.Write(ref _values, values);
            handle = _count + 1;
            Volatile.Write(ref _count, handle);
            Handles[key] = handle;
            return handle;
        }
    }

    // The value to the bit: HsConversion's own equality takes 1 and 1.0 as equal, but a record keeps the weight it was given.
    private readonly record struct Key(HsCode SourceCommodity, HsRevision SourceRevision, UInt128 WeightBits)
    {
        public Key(in HsConversion conversion)
            : this(conversion.SourceCommodity, conversion.SourceRevision, Unsafe.BitCast<decimal, UInt128>(conversion.Weight))
        {
        }
    }
}
