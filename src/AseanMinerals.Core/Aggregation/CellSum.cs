using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// A cell's exact sum as a built cube keeps it: a 96-bit integer at the cell's own scale in 16 bytes (a third of an
/// <see cref="ExactTotal"/>), or <see cref="Spilled"/> when the sum outgrew 96 bits and is kept whole beside the cells.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal readonly struct CellSum
{
    /// <summary>The scale that marks a sum kept beside the cells (no decimal has a scale above 28).</summary>
    public const int Spilled = 63;

    private readonly ulong _low;
    private readonly int _high;
    private readonly int _scale;

    public CellSum(ulong low, int high, int scale) => (_low, _high, _scale) = (low, high, scale);

    public bool IsSpilled => _scale == Spilled;

    /// <summary>The sum (not for a spilled one).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ExactTotal ToTotal() => ExactTotal.Of(new Int128((ulong)(long)_high, _low), _scale);
}
