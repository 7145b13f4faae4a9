using System.Globalization;
using CcHc.Infrastructure.Signatures;

// Usage: SignBase <unsigned.pdf> <signer.p12> <password> <signing time, ISO 8601> <signed.pdf>
// Signs with PdfSigner.Sign exactly as CcHc signs an issued plan (one incremental update, the seal box, the CMS).
if (args.Length != 5)
{
    Console.Error.WriteLine("usage: SignBase unsigned.pdf signer.p12 password signing-time signed.pdf");
    return 2;
}

using var certificate = SigningCertificate.Load(File.ReadAllBytes(args[1]), args[2]);
var appearance = new SignatureAppearance
{
    Organisation = "Ủy ban nhân dân xã Cẩm Sơn",
    SigningTime = DateTimeOffset.Parse(args[3], CultureInfo.InvariantCulture),
    Reason = "Ban hành kế hoạch khắc phục",
    Location = "Cẩm Sơn, Hà Tĩnh",
};
File.WriteAllBytes(args[4], PdfSigner.Sign(File.ReadAllBytes(args[0]), certificate, appearance));
return 0;
