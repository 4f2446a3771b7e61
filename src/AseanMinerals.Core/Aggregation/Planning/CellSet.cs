namespace AseanMinerals.Core.Aggregation.Planning;

/// <summary>A commodity selection as a mask of cells, with its place among the cube's roll-ups (never changed once made).</summary>
internal sealed class CellSet(bool[] mask, int id)
{
    public bool[] Mask { get; } = mask;

    public int Id { get; } = id;

    public bool this[int cell] => Mask[cell];
}
