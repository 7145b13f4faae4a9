using System.Diagnostics;

namespace CcHc.IntegrationTests.Infrastructure;

/// <summary>poppler-utils (pdfinfo, pdffonts, pdftotext, pdftoppm) read exported PDFs back; .ci/run installs them.</summary>
public static class PdfTools
{
    public static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var path = $"/usr/bin/{tool}";
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{tool} is missing: install Debian's poppler-utils (bash .ci/run does).");
        }

        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output;
    }

    /// <summary>The folder for files people look at after a run: artifacts/ at the repository root.</summary>
    public static string ArtifactsDirectory(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CcHc.sln")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine(directory?.FullName ?? Path.GetTempPath(), "artifacts", name);
        Directory.CreateDirectory(path);
        return path;
    }
}
