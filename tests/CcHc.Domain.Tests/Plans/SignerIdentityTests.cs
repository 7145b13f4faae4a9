using CcHc.Domain.Plans;

namespace CcHc.Domain.Tests.Plans;

public sealed class SignerIdentityTests
{
    [Theory]
    [InlineData("CN=Đinh Văn Hùng, O=UBND xã Sơn Kỳ, C=VN")]
    [InlineData("CN=ĐINH VĂN HÙNG, C=VN")]
    [InlineData("CN=Chủ tịch, O=Ủy ban nhân dân xã Sơn Kỳ, L=Quảng Ngãi")]
    [InlineData("CN=UBND XÃ SƠN KỲ")]
    public void A_subject_naming_the_signer_or_the_commune_gets_no_warning(string subject) =>
        Assert.Null(SignerIdentity.Warning(subject, "Đinh Văn Hùng", "xã Sơn Kỳ", "Sơn Kỳ"));

    [Theory]
    [InlineData("CN=Chủ tịch UBND xã Cẩm Sơn, O=UBND xã Cẩm Sơn")]
    [InlineData("CN=Đinh Văn Hung, O=UBND xã Sơn Kỷ")] // other marks: other names
    [InlineData("CN=Nguyễn Văn A, O=UBND xã Sơn Kỳo")] // "Sơn Kỳ" only as the start of another word
    public void A_subject_naming_someone_else_is_warned_about(string subject)
    {
        var warning = SignerIdentity.Warning(subject, "Đinh Văn Hùng", "xã Sơn Kỳ", "Sơn Kỳ");

        Assert.NotNull(warning);
        Assert.Contains("Đinh Văn Hùng hoặc xã Sơn Kỳ", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_signer_name_the_commune_alone_is_expected_and_an_empty_subject_is_warned_about()
    {
        Assert.Contains("(xã Sơn Kỳ)", SignerIdentity.Warning("CN=Ai đó", "", "xã Sơn Kỳ", "Sơn Kỳ"), StringComparison.Ordinal);
        Assert.Contains("không ghi tên chủ thể", SignerIdentity.Warning("  ", "Đinh Văn Hùng", "xã Sơn Kỳ", "Sơn Kỳ"), StringComparison.Ordinal);
    }
}
