namespace CcHc.BrowserTests.Infrastructure;

/// <summary>Where the browser tests keep what they produce: artifacts/ at the repository root (ignored by git).</summary>
public static class Artifacts
{
    private static readonly Lazy<string> ScreenshotsFolder = new(() => Folder("screenshots"));

    /// <summary>artifacts/screenshots/ next to CcHc.sln, created on first use.</summary>
    public static string Screenshots => ScreenshotsFolder.Value;

    private static string Folder(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CcHc.sln")))
            {
                var path = Path.Combine(dir.FullName, "artifacts", name);
                Directory.CreateDirectory(path);
                return path;
            }
        }

        throw new InvalidOperationException($"No CcHc.sln above {AppContext.BaseDirectory}; cannot place the test artifacts.");
    }
}
