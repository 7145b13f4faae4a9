using CcHc.Domain.Communes;

namespace CcHc.Domain.Tests.Communes;

public sealed class CommuneNameOrderTests
{
    [Fact]
    public void Names_are_in_Vietnamese_order_with_Đ_after_D_and_before_E_case_ignored()
    {
        string[] names = ["xã Yên Hòa", "xã Đức Thọ", "xã Cẩm Sơn", "xã Dương Thủy", "Xã Ân Phú", "xã Eakar", "xã An Lộc"];

        var ordered = names.OrderByName(n => n).ToList();

        Assert.Equal(["xã An Lộc", "Xã Ân Phú", "xã Cẩm Sơn", "xã Dương Thủy", "xã Đức Thọ", "xã Eakar", "xã Yên Hòa"], ordered);
        // What two lists did before (ordinal): "Đ" after "Y".
        Assert.Equal("xã Đức Thọ", names.Order(StringComparer.Ordinal).Last());
    }

    [Fact]
    public void The_name_comparer_agrees_with_the_sort_keys()
    {
        Assert.True(CommuneNameOrder.Names.Compare("phường Đông Hà", "phường Duy Tân") > 0);
        Assert.True(CommuneNameOrder.Names.Compare("phường Đông Hà", "phường Gio Linh") < 0);
        Assert.Equal(0, CommuneNameOrder.Names.Compare("XÃ CẨM SƠN", "xã Cẩm Sơn"));
    }
}
