using CcHc.Domain.Tracking;
using CcHc.Infrastructure.Tracking;

namespace CcHc.Web.Pages.Tasks;

/// <summary>The request limits of a progress update with evidence: five files of 10 MB and the form's fields.</summary>
public static class EvidenceUploadLimits
{
    public const long MaxRequestBytes = (EvidenceInspector.MaxFiles * EvidenceFile.MaxBytes) + (1024L * 1024);
}
