namespace CcHc.BrowserTests.Infrastructure;

/// <summary>One host and one Chromium for the whole browser suite; its tests run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
