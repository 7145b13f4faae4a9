using CcHc.Web.Features.Authorization;

namespace CcHc.IntegrationTests.Security;

/// <summary>Which criteria sets a caller reaches: every set for an administrator, its office's province's for a reviewer.</summary>
public sealed class CriteriaSetReachTests
{
    [Fact]
    public void A_reviewer_reaches_the_sets_of_its_offices_province_whatever_the_spacing_or_case_and_no_other()
    {
        var reviewer = new CriteriaSetReach(false, "tỉnh Hà Tĩnh");

        Assert.True(reviewer.Allows("tỉnh Hà Tĩnh"));
        Assert.True(reviewer.Allows("  Tỉnh   Hà Tĩnh "));
        Assert.True(reviewer.Allows("tỉnh Ha\u0300 Ti\u0303nh".Normalize(System.Text.NormalizationForm.FormD)));
        Assert.False(reviewer.Allows("tỉnh Quảng Trị"));
        Assert.False(reviewer.Allows(string.Empty));
        Assert.False(reviewer.Allows(null));
    }

    [Fact]
    public void An_administrator_reaches_every_set_and_nobody_else_any()
    {
        var admin = new CriteriaSetReach(true, null);

        Assert.True(admin.Allows(string.Empty));
        Assert.True(admin.Allows("tỉnh Quảng Trị"));
        Assert.False(CriteriaSetReach.None.Allows("tỉnh Hà Tĩnh"));
        Assert.False(new CriteriaSetReach(false, string.Empty).Allows(string.Empty));
    }
}
