using System.Text.Json;
using System.Text.Json.Serialization;

namespace CcHc.Domain.Criteria;

/// <summary>Whether an index scores communes: PAR INDEX every commune, SIPAS and DDCI in some provinces, PAPI and PCI only provinces.</summary>
public enum CommuneScoring
{
    EveryCommune,
    SomeProvinces,
    ProvinceOnly,
}

/// <summary>A public source a catalogue is taken from: its title and where to read it.</summary>
public sealed record IndexSource(string Title, string Address);

/// <summary>One component of an index (chỉ số thành phần, nội dung thành phần…) with the components below it.</summary>
public sealed record IndexComponent(string Code, string Title, IReadOnlyList<IndexComponent> Children);

/// <summary>
/// The components of one index beyond PAR INDEX (SIPAS, PAPI, PCI, DDCI) as the public sources name them, shipped as
/// data (index-catalogue.json) and loaded as a <see cref="CriteriaSet"/> with no maxima: plans point their items at its
/// nodes; nobody scores them. <see cref="Completeness"/> says what the sources did not give (PAPI's 28 sub-dimensions).
/// </summary>
public sealed record IndexCatalogue(
    IndexKind Kind,
    string Code,
    string Name,
    string Province,
    int Year,
    CommuneScoring CommuneScoring,
    string CommuneScoringNote,
    string Completeness,
    IReadOnlyList<IndexSource> Sources,
    IReadOnlyList<IndexComponent> Components)
{
    /// <summary>The province of a catalogue that holds for the whole country.</summary>
    public const string Nationwide = "Toàn quốc";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    /// <summary>Every component, parents before their children, in the order the source lists them.</summary>
    public IEnumerable<IndexComponent> AllComponents => Flatten(Components);

    /// <summary>The catalogue as a complete criteria set with null maxima, codes as given ("1", "1.1"…), in document order.</summary>
    public CriteriaSet ToCriteriaSet()
    {
        var set = new CriteriaSet(Name, Kind, Province, Year, CriteriaCoverage.Complete);
        AddNodes(set, null, Components);
        return set;
    }

    /// <summary>True when a stored set with this name, index and year is this catalogue's set (the seeder's key).</summary>
    public bool Matches(string name, IndexKind kind, int year) =>
        Kind == kind && Year == year && string.Equals(Name, name, StringComparison.Ordinal);

    /// <summary>
    /// Reads the catalogue file. A file that breaks the shape (no name, a PAR INDEX entry, a duplicate code, a
    /// duplicate catalogue) is a build mistake, not user input: it throws <see cref="InvalidDataException"/> naming it.
    /// </summary>
    public static IReadOnlyList<IndexCatalogue> Parse(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        CatalogueFile? file;
        try
        {
            file = JsonSerializer.Deserialize<CatalogueFile>(json, Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The index catalogue is not valid JSON: {ex.Message}", ex);
        }

        var catalogues = (file?.Catalogues ?? throw new InvalidDataException("The index catalogue has no \"catalogues\" list."))
            .Select(Build)
            .ToList();
        var duplicate = catalogues.GroupBy(c => (c.Name, c.Kind, c.Year)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"The index catalogue lists \"{duplicate.Key.Name}\" ({duplicate.Key.Year}) twice.");
        }

        return catalogues;
    }

    private static IndexCatalogue Build(CatalogueEntry entry)
    {
        var name = Required(entry.Name, "name", entry.Code);
        if (entry.Kind is not { } kind || kind == IndexKind.ParIndex || !Enum.IsDefined(kind))
        {
            throw new InvalidDataException($"\"{name}\": kind must be Sipas, Papi, Pci or Ddci (the PAR INDEX sets come from each province).");
        }

        if (entry.Year is not { } year || year is < 2000 or > 2100)
        {
            throw new InvalidDataException($"\"{name}\": year must be between 2000 and 2100.");
        }

        if (entry.CommuneScoring is not { } scoring)
        {
            throw new InvalidDataException($"\"{name}\": communeScoring is missing.");
        }

        var sources = (entry.Sources ?? []).Select(s => new IndexSource(Required(s.Title, "source title", name), Required(s.Address, "source address", name))).ToList();
        if (sources.Count == 0)
        {
            throw new InvalidDataException($"\"{name}\": a catalogue names at least one source.");
        }

        var components = BuildComponents(entry.Components ?? [], name);
        var codes = Flatten(components).Select(c => c.Code).ToList();
        var repeated = codes.GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new InvalidDataException($"\"{name}\": code {repeated.Key} is used twice.");
        }

        return new IndexCatalogue(
            kind, Required(entry.Code, "code", name), name, Required(entry.Province, "province", name), year, scoring,
            entry.CommuneScoringNote?.Trim() ?? string.Empty, Required(entry.Completeness, "completeness", name), sources, components);
    }

    private static List<IndexComponent> BuildComponents(IEnumerable<ComponentEntry> entries, string catalogue) =>
        entries.Select(e => new IndexComponent(
                Required(e.Code, "component code", catalogue),
                Required(e.Title, "component title", catalogue),
                BuildComponents(e.Children ?? [], catalogue)))
            .ToList();

    private static string Required(string? value, string what, string? owner) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new InvalidDataException($"\"{owner ?? "?"}\": {what} is missing.")
            : value.Trim();

    private static void AddNodes(CriteriaSet set, CriterionNode? parent, IEnumerable<IndexComponent> components)
    {
        foreach (var component in components)
        {
            var node = set.AddNode(parent, component.Code, component.Title, maxScore: null);
            AddNodes(set, node, component.Children);
        }
    }

    private static IEnumerable<IndexComponent> Flatten(IEnumerable<IndexComponent> components) =>
        components.SelectMany(c => new[] { c }.Concat(Flatten(c.Children)));

    private sealed record CatalogueFile(List<CatalogueEntry>? Catalogues);

    private sealed record CatalogueEntry(
        IndexKind? Kind,
        string? Code,
        string? Name,
        string? Province,
        int? Year,
        CommuneScoring? CommuneScoring,
        string? CommuneScoringNote,
        string? Completeness,
        List<SourceEntry>? Sources,
        List<ComponentEntry>? Components);

    private sealed record SourceEntry(string? Title, string? Address);

    private sealed record ComponentEntry(string? Code, string? Title, List<ComponentEntry>? Children);
}
