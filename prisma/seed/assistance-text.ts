// Word lists and templates for the assistance demo: hardship narratives, visit
// findings, grant reasons and the kind-specific details (admission, hospital).
import type { Rng } from "./random";

export type Cause = "ILLNESS" | "DISABILITY" | "ACCIDENT" | "UNEMPLOYMENT" | "EDUCATION" | "LOW_INCOME" | "OTHER";
export type Category = "DEEP" | "RELATIVE" | "ACCIDENT";

const DISEASES = ["尿毒症", "乳腺癌", "肺癌", "白血病", "脑梗死", "慢性肾衰竭", "肝硬化", "类风湿性关节炎", "冠心病", "糖尿病并发症"];
const RELATIVES = ["本人", "配偶", "儿子", "女儿", "父亲", "母亲"];

const NARRATIVES: Record<Cause, ((r: Rng) => string)[]> = {
  ILLNESS: [
    (r) => `${r.pick(RELATIVES)}患${r.pick(DISEASES)}，长期治疗，年自付医疗费用约${r.int(2, 9)}万元，家庭积蓄已用尽。`,
    (r) => `${r.pick(RELATIVES)}确诊${r.pick(DISEASES)}，需定期住院，家庭主要收入仅靠本人工资，另需赡养老人。`,
  ],
  DISABILITY: [
    (r) => `${r.pick(["本人", "配偶", "子女"])}${r.pick(["肢体", "视力", "智力", "精神"])}${r.int(1, 3)}级残疾，需专人照料，家庭劳动力不足。`,
    () => "配偶重度残疾，长期卧床，本人需兼顾照料与工作，收入不稳定。",
  ],
  ACCIDENT: [
    (r) => `${r.int(2023, 2026)}年家中遭遇${r.pick(["火灾", "暴雨内涝", "房屋倒塌"])}，主要财产损毁，暂借住亲戚家。`,
    (r) => `${r.pick(["本人", "配偶"])}因交通事故受伤，住院${r.int(2, 8)}个月，误工期间收入骤减。`,
  ],
  UNEMPLOYMENT: [
    () => "原单位停产，本人失业后打零工维持生活，配偶无固定收入。",
    (r) => `夫妻双方均失业${r.int(6, 24)}个月，正参加就业技能培训，家庭靠低保维持。`,
  ],
  EDUCATION: [
    (r) => `${r.int(2, 3)}个子女同时在校就读，其中一人读大学，学费及生活费负担重。`,
    () => "单亲家庭，独自抚养子女上学，收入低于当地平均水平。",
  ],
  LOW_INCOME: [
    (r) => `家庭人均月收入约${r.int(900, 1600)}元，低于当地低保标准的1.5倍。`,
    () => "本人工资收入低，配偶务农，家庭另需赡养两位高龄老人。",
  ],
  OTHER: [() => "家庭成员多、劳动力少，遇临时困难，生活较为拮据。"],
};

export function narrative(rng: Rng, cause: Cause): string {
  return rng.pick(NARRATIVES[cause])(rng);
}

export function causeFor(rng: Rng, category: Category): Cause {
  if (category === "ACCIDENT") return rng.chance(0.7) ? "ACCIDENT" : "ILLNESS";
  return rng.pick<Cause>(["ILLNESS", "ILLNESS", "ILLNESS", "DISABILITY", "UNEMPLOYMENT", "EDUCATION", "LOW_INCOME", "LOW_INCOME", "OTHER"]);
}

export function findings(rng: Rng, conclusion: string): string {
  switch (conclusion) {
    case "RECOMMEND_LIFT":
      return rng.pick(["家庭收入已明显改善，子女参加工作，建议解困。", "本人病情稳定已返岗，家庭收支平衡，建议解困。", "配偶实现再就业，人均收入超过标准，建议解困。"]);
    case "NOT_ELIGIBLE":
      return rng.pick(["经入户核实，家庭人均收入高于困难职工认定标准。", "名下有商品房两套及营运车辆，不符合建档条件。"]);
    case "ADJUST":
      return rng.pick(["病情加重，医疗支出增加，建议调整为深度困难。", "家庭收入有所增加，建议调整为相对困难。"]);
    default:
      return rng.pick([
        "入户走访，核对收入证明、病历及医疗费用票据，情况属实。",
        "与村（社区）干部共同走访，邻里反映情况属实，住房简陋。",
        "查看低保证、残疾证原件，家庭困难情况属实。",
      ]);
  }
}

export const LIFT_REASONS = [
  "子女大学毕业参加工作，家庭收入明显增加",
  "本人病愈返岗，收入恢复正常",
  "配偶实现再就业，家庭人均收入超过认定标准",
  "享受大病医保及低保后家庭收支平衡",
  "通过技能培训转岗，收入稳定提高",
];

export const CLOSE_REASONS = [
  "职工退休后迁居外地，转由居住地工会帮扶",
  "经核实不符合困难职工建档条件",
  "职工离职，会员关系转出",
];

export const REJECT_REASONS = [
  "经核实家庭人均收入高于救助标准",
  "申请材料不全，缺少医疗费用票据原件",
  "本年度已享受同类救助，不予重复救助",
];

export const WITHDRAW_REASONS = ["申请人已获其他渠道救助，主动撤回", "录入信息有误，撤回后重新申请"];

export const SCHOOLS = [
  "南京大学", "东南大学", "苏州大学", "南京师范大学", "江苏大学", "扬州大学", "南京理工大学", "河海大学",
  "南京医科大学", "盐城师范学院", "淮阴工学院", "江苏科技大学", "中国矿业大学", "南京农业大学", "江南大学",
];
const MAJORS = ["临床医学", "机械设计制造及其自动化", "计算机科学与技术", "汉语言文学", "会计学", "电气工程及其自动化", "土木工程", "护理学", "小学教育", "软件工程"];
const DIAGNOSES = ["尿毒症（血液透析）", "乳腺癌术后化疗", "脑梗死康复治疗", "肺癌靶向治疗", "急性白血病", "重度烧伤", "股骨颈骨折手术", "慢性肾衰竭"];

export function educationDetails(rng: Rng, year: number, childName: string) {
  return {
    childName,
    school: rng.pick(SCHOOLS),
    admissionYear: year,
    major: rng.pick(MAJORS),
    admissionNo: `${year}${String(rng.int(1, 999_999)).padStart(6, "0")}`,
  };
}

/** Hospital bill facts; the bill is a multiple of the grant (whole yuan). */
export function medicalDetails(rng: Rng, hospitals: string[], grantYuan: number) {
  const bill = grantYuan * rng.int(3, 8) + rng.int(0, 99) * 10;
  const selfPaid = Math.round((bill * rng.int(30, 60)) / 100);
  return { hospital: rng.pick(hospitals), billTotal: `${bill}.00`, selfPaid: `${selfPaid}.00`, diagnosis: rng.pick(DIAGNOSES) };
}

export function grantReason(rng: Rng, kind: string, year: number): string {
  switch (kind) {
    case "WARMTH":
      return rng.pick([`${year}年春节送温暖慰问：家庭生活困难`, `${year}年春节送温暖慰问：本人长期患病`, `${year}年春节送温暖慰问：单亲家庭抚养子女`, `${year}年“两节”慰问困难职工`]);
    case "EDUCATION":
      return "子女考入大学，家庭经济困难，申请金秋助学";
    case "MEDICAL":
      return rng.pick(["本人患病住院治疗，自付费用较高，申请医疗救助", "家属患大病住院，医疗费用负担重，申请大病帮扶"]);
    case "LIVING":
      return rng.pick(["家庭收入低于当地低保标准的1.5倍，申请生活救助", "失业期间生活困难，申请临时生活救助"]);
    case "MODEL_WORKER":
      return "县级劳动模范，因病致困，申请困难劳模帮扶";
    default:
      return rng.pick(["家中遭遇火灾，申请临时救助", "暴雨致房屋受损，申请临时救助"]);
  }
}
