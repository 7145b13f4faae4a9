using System.Diagnostics;
using CcHc.Infrastructure.Spreadsheets;
using Xunit.Abstractions;
using static CcHc.IntegrationTests.Spreadsheets.SpreadsheetFiles;

namespace CcHc.IntegrationTests.Spreadsheets;

/// <summary>Timed, and what stays allocated is measured on the whole heap, so these tests run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasuringGroup
{
    public const string Name = "Memory measuring";
}

/// <summary>
/// Compressed bombs: small .xlsx files that unpack to far more than any criteria set. They are refused quickly with
/// the Vietnamese message and the server's memory does not balloon.
/// </summary>
[Collection(MemoryMeasuringGroup.Name)]
public sealed class DecompressionBombTests
{
    private const long HundredMegabytes = 100L * 1024 * 1024;

    private readonly ITestOutputHelper _output;

    public DecompressionBombTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task A_200_kb_xlsx_that_unpacks_to_200_mb_is_refused_quickly_without_the_memory_growing()
    {
        var bomb = Bomb(megabytes: 200);
        Assert.InRange(bomb.Length, 1, 300 * 1024);

        var (result, allocated, retained, elapsed) = await MeasureAsync(bomb);
        _output.WriteLine($"bomb {bomb.Length:N0} bytes: refused in {elapsed.TotalMilliseconds:N0} ms, allocated {allocated:N0}, retained {retained:N0}");

        Assert.Equal("Tệp bảng tính quá lớn khi giải nén.", Assert.Single(result.Errors).FullText);
        Assert.Null(result.Data);
        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"took {elapsed}");
        Assert.True(allocated < HundredMegabytes, $"allocated {allocated:N0} bytes");
        Assert.True(retained < HundredMegabytes, $"retained {retained:N0} bytes");
    }

    [Fact]
    public async Task A_part_within_the_zip_size_check_but_over_the_character_limit_stops_the_xml_reader()
    {
        // 15 million characters of comment: the ZIP directory's 15 MB passes the first check, MaxCharactersInPart does not.
        var bytes = HandMadeXlsx(stream =>
        {
            stream.Write(Utf8(SheetStart + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Mã</t></is></c></row><!--"));
            var chunk = Utf8(new string('a', 1024 * 1024));
            for (var i = 0; i < 15; i++)
            {
                stream.Write(chunk);
            }

            stream.Write(Utf8("-->" + SheetEnd));
        });
        Assert.True(15L * 1024 * 1024 < UploadLimits.MaxUncompressedBytes);

        var (result, allocated, retained, elapsed) = await MeasureAsync(bytes);
        _output.WriteLine($"15M characters in {bytes.Length:N0} bytes: refused in {elapsed.TotalMilliseconds:N0} ms, allocated {allocated:N0}, retained {retained:N0}");

        Assert.Equal("Tệp bảng tính quá lớn khi giải nén.", Assert.Single(result.Errors).FullText);
        Assert.True(elapsed < TimeSpan.FromSeconds(10), $"took {elapsed}");
        Assert.True(allocated < HundredMegabytes, $"allocated {allocated:N0} bytes");
    }

    /// <summary>
    /// The operation's own cost: bytes allocated on its thread, and what is still reachable after it. Not the process's
    /// peak working set, which only ever grows and mixes in every other test and the runtime (it could not fail honestly).
    /// </summary>
    private static async Task<(TabularReadResult Result, long Allocated, long Retained, TimeSpan Elapsed)> MeasureAsync(byte[] bytes)
    {
        var retainedBefore = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        // The reader runs synchronously on this thread for an in-memory stream, so the thread's allocations are all of it.
        using var stream = new MemoryStream(bytes);
        var result = await Reader.ReadAsync(stream, "bom.xlsx", bytes.Length);

        var elapsed = clock.Elapsed;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - retainedBefore;
        return (result, allocated, retained, elapsed);
    }
}
