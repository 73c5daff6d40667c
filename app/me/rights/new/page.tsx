// /me/rights/new — a member tells the union about a problem at work (网上维权).
import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { OwnCaseForm } from "@/components/rights-cases/own-case-form";

export const metadata: Metadata = { title: "我要维权" };

export default function NewOwnCasePage() {
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold text-gray-900">我要维权</h1>
      <Card>
        <OwnCaseForm />
      </Card>
    </>
  );
}
