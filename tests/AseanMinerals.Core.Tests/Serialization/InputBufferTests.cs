using AseanMinerals.Core.TradeSources.Internal;

namespace AseanMinerals.Core.Tests.Serialization;

/// <summary>The one input buffer of the JSON readers: byte order mark, offsets across compaction, growth by the unit.</summary>
public class InputBufferTests
{
    [Fact]
    public void A_byte_order_mark_at_the_start_is_dropped_but_keeps_its_three_bytes_in_the_offsets()
    {
        using var buffer = new InputBuffer();
        var stream = new MemoryStream([0xEF, 0xBB, 0xBF, (byte)'{', (byte)'}']);

        buffer.Read(stream);

        buffer.Pending.ToArray().Should().Equal((byte)'{', (byte)'}');
        buffer.PendingOffset.Should().Be(3);
    }

    [Fact]
    public void Offsets_stay_those_of_the_input_after_the_consumed_bytes_are_moved_out()
    {
        // 100,000 bytes 0, 1, 2 ... 255, 0, 1 ...: the byte at input offset n is n % 256, whatever the buffer did.
        var input = Enumerable.Range(0, 100_000).Select(static i => (byte)(i % 256)).ToArray();
        using var buffer = new InputBuffer();
        var stream = new MemoryStream(input);
        long consumed = 0;
        while (buffer.Read(stream) > 0)
        {
            buffer.Pending[0].Should().Be((byte)(buffer.PendingOffset % 256));
            var take = buffer.Pending.Length / 2;
            buffer.Consume(take);
            consumed += take;
        }

        buffer.IsEndOfInput.Should().BeTrue();
        (buffer.PendingOffset + buffer.Pending.Length).Should().Be(input.Length);
        buffer.PendingOffset.Should().Be(consumed);
    }

    [Fact]
    public void The_buffer_grows_to_hold_a_unit_larger_than_it_and_keeps_every_byte()
    {
        // Nothing is consumed: 200,000 bytes (three times the first 64 KiB) must all stay pending.
        var input = Enumerable.Range(0, 200_000).Select(static i => (byte)(i % 251)).ToArray();
        using var buffer = new InputBuffer();
        var stream = new MemoryStream(input);
        while (buffer.Read(stream) > 0)
        {
        }

        buffer.Pending.ToArray().Should().Equal(input);
        buffer.Between(10, 15).ToArray().Should().Equal(input[10..15]);
    }
}
