// The member a record is about (a grant, a hardship file), as the first facts
// of the record's page: a link to the member and the masked ID number.
import { RecordLink } from "@/components/list/record-link";

export function memberFacts(label: string, r: { memberId: string; memberName: string; memberIdMasked: string }) {
  return [
    { label, value: <RecordLink href={`/members/${r.memberId}`}>{r.memberName}</RecordLink> },
    { label: "身份证号", value: <span className="font-mono">{r.memberIdMasked}</span> },
  ];
}
