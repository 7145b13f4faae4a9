using CcHc.Domain.Positions;

namespace CcHc.DemoData;

/// <summary>The standard catalogue as entities (no commune), looked up by title when a seed assigns a lead or support.</summary>
public sealed class StandardPositions
{
    private readonly Dictionary<string, Position> _byTitle;

    public StandardPositions()
    {
        All = PositionCatalogue.StandardTitles.Select((title, i) => new Position(title, null, i)).ToList();
        _byTitle = All.ToDictionary(p => p.Title, StringComparer.Ordinal);
    }

    public IReadOnlyList<Position> All { get; }

    public Position this[string title] => _byTitle[title];
}
