namespace AseanMinerals.Core.Serialization.Internal;

/// <summary>
/// When a reader may stop reading an object early: once every member of <see cref="Members"/> is read, the object is
/// tested; if it is outside what is asked for, the rest of it is neither read nor checked (JSON Lines read for a question).
/// </summary>
/// <typeparam name="T">The object's type.</typeparam>
/// <param name="Members">The deciding members, as bits of their places in the table (<see cref="JsonMemberTable{T}.MaskOf"/>).</param>
/// <param name="IsOutside">The test, on the object read so far (its deciding members set).</param>
internal sealed record JsonEarlyOut<T>(ulong Members, JsonEarlyOut<T>.Test IsOutside)
    where T : struct
{
    /// <summary>Whether the object read so far is outside what is asked for.</summary>
    /// <param name="value">The object, its deciding members set.</param>
    /// <returns>True to stop reading it.</returns>
    public delegate bool Test(in T value);
}
