using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace CcHc.IntegrationTests.Signatures;

/// <summary>Temporary files for the command-line tools, byte surgery on PDFs, and a PDF whose cross-references are a stream.</summary>
public sealed class SignatureFiles : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cchc-signatures-").FullName;

    public string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string PathOf(string name) => Path.Combine(_directory, name);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>Runs a tool from /usr/bin and returns its exit code and both outputs.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo($"/usr/bin/{tool}") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    public static int IndexOf(byte[] pdf, string text, int from = 0)
    {
        var index = pdf.AsSpan(from).IndexOf(Encoding.ASCII.GetBytes(text));
        Assert.True(index >= 0, $"\"{text}\" not found");
        return from + index;
    }

    /// <summary>A copy with the bytes at <paramref name="text"/>'s first occurrence replaced by a text of the same length.</summary>
    public static byte[] Replace(byte[] pdf, string text, string replacement)
    {
        Assert.Equal(text.Length, replacement.Length);
        var copy = (byte[])pdf.Clone();
        Encoding.ASCII.GetBytes(replacement).CopyTo(copy, IndexOf(pdf, text));
        return copy;
    }

    /// <summary>
    /// A one-page PDF 1.5 whose catalog, page tree, page and font live in an object stream and whose cross-references
    /// are an xref stream: what many producers other than Chromium write.
    /// </summary>
    public static byte[] WithCrossReferenceStream()
    {
        var file = new MemoryStream();
        void Write(string text) => file.Write(Encoding.ASCII.GetBytes(text));

        Write("%PDF-1.5\n");
        var content = "BT /F1 18 Tf 72 760 Td (Ke hoach khac phuc) Tj ET";
        var contentOffset = file.Position;
        Write($"4 0 obj\n<</Length {content.Length}>>\nstream\n{content}\nendstream\nendobj\n");

        string[] packed =
        [
            "<</Type /Catalog /Pages 2 0 R>>",
            "<</Type /Pages /Kids [3 0 R] /Count 1>>",
            "<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources <</Font <</F1 5 0 R>>>>>>",
            "<</Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding>>",
        ];
        int[] numbers = [1, 2, 3, 5];
        var body = new StringBuilder();
        var header = new StringBuilder();
        for (var i = 0; i < packed.Length; i++)
        {
            header.Append(CultureInfo.InvariantCulture, $"{numbers[i]} {body.Length} ");
            body.Append(packed[i]).Append('\n');
        }

        var objectStream = header + body.ToString();
        var objectStreamOffset = file.Position;
        Write($"6 0 obj\n<</Type /ObjStm /N {packed.Length} /First {header.Length} /Length {objectStream.Length}>>\nstream\n{objectStream}\nendstream\nendobj\n");

        var xrefOffset = file.Position;
        var entries = new byte[8 * 7];
        void Entry(int number, byte type, long field2, int field3)
        {
            entries[number * 7] = type;
            BinaryPrimitives.WriteUInt32BigEndian(entries.AsSpan((number * 7) + 1), (uint)field2);
            BinaryPrimitives.WriteUInt16BigEndian(entries.AsSpan((number * 7) + 5), (ushort)field3);
        }

        Entry(0, 0, 0, 65535);
        Entry(1, 2, 6, 0);
        Entry(2, 2, 6, 1);
        Entry(3, 2, 6, 2);
        Entry(4, 1, contentOffset, 0);
        Entry(5, 2, 6, 3);
        Entry(6, 1, objectStreamOffset, 0);
        Entry(7, 1, xrefOffset, 0);
        Write($"7 0 obj\n<</Type /XRef /Size 8 /W [1 4 2] /Root 1 0 R /Length {entries.Length}>>\nstream\n");
        file.Write(entries);
        Write($"\nendstream\nendobj\nstartxref\n{xrefOffset}\n%%EOF\n");
        return file.ToArray();
    }
}
