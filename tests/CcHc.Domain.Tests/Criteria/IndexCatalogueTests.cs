using System.Text;
using CcHc.Domain.Criteria;

namespace CcHc.Domain.Tests.Criteria;

/// <summary>
/// The shipped index catalogue (src/CcHc.Infrastructure/Seeding/index-catalogue.json, linked into this project): it
/// parses, and holds the components of ../shared/data/chi-so.md (beside the repository) word for word (first letter capitalised).
/// </summary>
public sealed class IndexCatalogueTests
{
    // chi-so.md, "SIPAS": the 5 service elements and the 9 policy groups of QĐ 1001/QĐ-BNV.
    private static readonly string[] SipasServiceElements =
    [
        "Tiếp cận dịch vụ", "Thủ tục hành chính", "Công chức trực tiếp giải quyết công việc", "Kết quả cung ứng dịch vụ",
        "Tiếp nhận, xử lý ý kiến góp ý, phản ánh, kiến nghị",
    ];

    private static readonly string[] SipasPolicyGroups =
    [
        "Phát triển kinh tế", "Khám, chữa bệnh", "Giáo dục phổ thông", "Nước sinh hoạt", "Điện sinh hoạt", "Trật tự an toàn xã hội",
        "Giao thông đường bộ", "An sinh xã hội", "Cải cách hành chính",
    ];

    // chi-so.md, "PAPI": 8 dimensions.
    private static readonly string[] PapiDimensions =
    [
        "Tham gia của người dân ở cấp cơ sở", "Công khai, minh bạch trong việc ra quyết định", "Trách nhiệm giải trình với người dân",
        "Kiểm soát tham nhũng trong khu vực công", "Thủ tục hành chính công", "Cung ứng dịch vụ công", "Quản trị môi trường", "Quản trị điện tử",
    ];

    // chi-so.md, "PCI": 10 sub-indices.
    private static readonly string[] PciSubIndices =
    [
        "Gia nhập thị trường", "Tiếp cận đất đai và sự ổn định trong sử dụng đất", "Tính minh bạch và tiếp cận thông tin", "Chi phí thời gian",
        "Chi phí không chính thức", "Cạnh tranh bình đẳng", "Tính năng động của chính quyền", "Dịch vụ hỗ trợ doanh nghiệp", "Đào tạo lao động",
        "Thiết chế pháp lý và an ninh trật tự",
    ];

    private static IReadOnlyList<IndexCatalogue> Shipped()
    {
        using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Criteria", "index-catalogue.json"));
        return IndexCatalogue.Parse(file);
    }

    private static IndexCatalogue Of(IndexKind kind) => Assert.Single(Shipped(), c => c.Kind == kind);

    private static IReadOnlyList<IndexCatalogue> Parse(string json) => IndexCatalogue.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void The_file_holds_one_catalogue_for_each_index_beyond_par_with_sources_and_no_par_entry()
    {
        var catalogues = Shipped();

        Assert.Equal([IndexKind.Sipas, IndexKind.Papi, IndexKind.Pci, IndexKind.Ddci], catalogues.Select(c => c.Kind));
        Assert.Equal(["SIPAS", "PAPI", "PCI", "DDCI"], catalogues.Select(c => c.Code));
        Assert.All(catalogues, c => Assert.NotEmpty(c.Sources));
        Assert.All(catalogues.SelectMany(c => c.Sources), s => Assert.StartsWith("http", s.Address, StringComparison.Ordinal));
        Assert.Equal([IndexCatalogue.Nationwide, IndexCatalogue.Nationwide, IndexCatalogue.Nationwide, "tỉnh Đồng Tháp"], catalogues.Select(c => c.Province));
        Assert.Equal(
            [CommuneScoring.SomeProvinces, CommuneScoring.ProvinceOnly, CommuneScoring.ProvinceOnly, CommuneScoring.SomeProvinces],
            catalogues.Select(c => c.CommuneScoring));
    }

    [Fact]
    public void Sipas_holds_the_5_service_elements_and_the_9_policy_groups_of_qd_1001_in_two_groups()
    {
        var sipas = Of(IndexKind.Sipas);

        Assert.Equal(["Các yếu tố của dịch vụ hành chính công", "Xây dựng và tổ chức thực hiện chính sách"], sipas.Components.Select(c => c.Title));
        Assert.Equal(["1", "2"], sipas.Components.Select(c => c.Code));
        Assert.Equal(SipasServiceElements, sipas.Components[0].Children.Select(c => c.Title));
        Assert.Equal(["1.1", "1.2", "1.3", "1.4", "1.5"], sipas.Components[0].Children.Select(c => c.Code));
        Assert.Equal(SipasPolicyGroups, sipas.Components[1].Children.Select(c => c.Title));
        Assert.Equal(Enumerable.Range(1, 9).Select(i => $"2.{i}"), sipas.Components[1].Children.Select(c => c.Code));
        Assert.Equal(2023, sipas.Year);
    }

    [Fact]
    public void Papi_holds_its_8_dimensions_and_says_the_28_sub_dimensions_are_not_all_known()
    {
        var papi = Of(IndexKind.Papi);

        Assert.Equal(PapiDimensions, papi.Components.Select(c => c.Title));
        Assert.Equal(Enumerable.Range(1, 8).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), papi.Components.Select(c => c.Code));
        var subDimensions = papi.AllComponents.Count() - papi.Components.Count;
        Assert.InRange(subDimensions, 1, 27);
        Assert.Contains("28", papi.Completeness, StringComparison.Ordinal);
        Assert.Contains($"{subDimensions} nội dung thành phần", papi.Completeness, StringComparison.Ordinal);
        Assert.Equal(
            ["Kiểm soát tham nhũng trong chính quyền địa phương", "Kiểm soát tham nhũng trong cung ứng dịch vụ công",
             "Công bằng trong tuyển dụng nhân lực vào khu vực công", "Quyết tâm chống tham nhũng"],
            papi.Components[3].Children.Select(c => c.Title));
    }

    [Fact]
    public void Pci_holds_its_10_sub_indices_flat()
    {
        var pci = Of(IndexKind.Pci);

        Assert.Equal(PciSubIndices, pci.Components.Select(c => c.Title));
        Assert.All(pci.Components, c => Assert.Empty(c.Children));
    }

    [Fact]
    public void Ddci_is_dong_thap_2019_with_the_9_sub_indices_of_qd_843()
    {
        var ddci = Of(IndexKind.Ddci);

        Assert.Equal(("tỉnh Đồng Tháp", 2019), (ddci.Province, ddci.Year));
        Assert.Equal(9, ddci.Components.Count);
        Assert.Equal("Tính minh bạch và tiếp cận thông tin", ddci.Components[0].Title);
        Assert.Equal("Tiếp cận đất đai và tính ổn định trong sử dụng đất", ddci.Components[8].Title);
        Assert.Contains(ddci.Sources, s => s.Title.Contains("843/QĐ-UBND", StringComparison.Ordinal));
    }

    [Fact]
    public void A_catalogue_becomes_a_complete_criteria_set_without_maxima_in_document_order()
    {
        var sipas = Of(IndexKind.Sipas);

        var set = sipas.ToCriteriaSet();

        Assert.Equal((sipas.Name, IndexKind.Sipas, IndexCatalogue.Nationwide, 2023, CriteriaCoverage.Complete), (set.Name, set.IndexKind, set.Province, set.Year, set.Coverage));
        Assert.Equal(16, set.Nodes.Count);
        Assert.All(set.Nodes, n => Assert.Null(n.MaxScore));
        Assert.Equal(["1", "1.1", "1.2", "1.3", "1.4", "1.5", "2", "2.1"], set.Nodes.Take(8).Select(n => n.Code));
        Assert.Equal(["1", "2"], set.Fields.Select(n => n.Code));
        var policy = set.Nodes.Single(n => n.Code == "2.6");
        Assert.Equal(("Trật tự an toàn xã hội", 2, "2"), (policy.Title, policy.Level, set.Find(policy.ParentId!.Value)!.Code));
        Assert.Empty(set.ClassificationBands);
    }

    [Theory]
    [InlineData("""{"catalogues":[{"kind":"ParIndex","code":"PAR","name":"X","province":"Toàn quốc","year":2024,"communeScoring":"EveryCommune","completeness":"đủ","sources":[{"title":"t","address":"https://a"}],"components":[]}]}""", "kind must be")]
    [InlineData("""{"catalogues":[{"kind":"Pci","code":"PCI","name":"X","province":"Toàn quốc","year":2024,"communeScoring":"ProvinceOnly","completeness":"đủ","sources":[{"title":"t","address":"https://a"}],"components":[{"code":"1","title":"A"},{"code":"1","title":"B"}]}]}""", "code 1 is used twice")]
    [InlineData("""{"catalogues":[{"kind":"Pci","code":"PCI","name":"X","province":"Toàn quốc","year":2024,"communeScoring":"ProvinceOnly","completeness":"đủ","sources":[],"components":[]}]}""", "at least one source")]
    [InlineData("""{"catalogues":[{"kind":"Pci","code":"PCI","name":"X","province":"Toàn quốc","year":2024,"communeScoring":"ProvinceOnly","completeness":"đủ","sources":[{"title":"t","address":"https://a"}],"components":[{"code":"1","title":" "}]}]}""", "component title is missing")]
    [InlineData("""{"catalogues":[{"kind":"Pci","code":"PCI","name":"X","province":"Toàn quốc","year":1999,"communeScoring":"ProvinceOnly","completeness":"đủ","sources":[{"title":"t","address":"https://a"}],"components":[]}]}""", "year must be")]
    [InlineData("""{"catalogues":[{"kind":"Pci",""", "not valid JSON")]
    [InlineData("""{"other":[]}""", "no \"catalogues\" list")]
    public void A_broken_catalogue_file_is_refused_naming_the_mistake(string json, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_catalogue_twice_is_refused()
    {
        const string entry = """{"kind":"Pci","code":"PCI","name":"X","province":"Toàn quốc","year":2024,"communeScoring":"ProvinceOnly","completeness":"đủ","sources":[{"title":"t","address":"https://a"}],"components":[]}""";

        var error = Assert.Throws<InvalidDataException>(() => Parse($$"""{"catalogues":[{{entry}},{{entry}}]}"""));

        Assert.Contains("twice", error.Message, StringComparison.Ordinal);
    }
}
