// Word lists for plausible Chinese personal, company and place names.
import { Rng, WeightedPicker } from "./random";

// Common surnames with rough relative frequencies (Jiangsu leans towards 王,
// 张, 陈, 李, 刘, 徐, 朱, 孙, 周, 吴; 顾 and 沈 are commoner than nationally).
const SURNAME_WEIGHTS: [string, number][] = [
  ["王", 80], ["张", 62], ["陈", 60], ["李", 58], ["刘", 50], ["徐", 38], ["朱", 32], ["孙", 30],
  ["周", 30], ["吴", 30], ["杨", 28], ["黄", 24], ["赵", 22], ["胡", 18], ["顾", 16], ["沈", 16],
  ["高", 15], ["马", 14], ["唐", 13], ["许", 13], ["郭", 12], ["何", 12], ["林", 12], ["陆", 12],
  ["钱", 10], ["蒋", 10], ["丁", 10], ["仲", 6], ["卢", 9], ["潘", 9], ["严", 8], ["宋", 9],
  ["韩", 9], ["曹", 9], ["葛", 7], ["夏", 8], ["戴", 8], ["姜", 8], ["谢", 8], ["袁", 8],
  ["罗", 7], ["郑", 7], ["梁", 6], ["冯", 7], ["邓", 5], ["彭", 6], ["曾", 4], ["肖", 6],
  ["田", 6], ["董", 7], ["于", 6], ["蔡", 7], ["余", 5], ["杜", 5], ["叶", 6], ["程", 6],
  ["苏", 6], ["魏", 6], ["吕", 6], ["任", 5], ["姚", 6], ["崔", 4], ["钟", 4], ["谭", 3],
  ["汪", 5], ["范", 5], ["金", 5], ["石", 5], ["廖", 2], ["贾", 4], ["韦", 3], ["付", 4],
  ["方", 5], ["白", 4], ["邹", 4], ["孟", 4], ["熊", 3], ["秦", 4], ["邱", 3], ["江", 4],
  ["尹", 3], ["薛", 4], ["闫", 3], ["段", 3], ["雷", 3], ["侯", 3], ["龙", 2], ["史", 4],
  ["陶", 4], ["黎", 2], ["贺", 3], ["毛", 4], ["郝", 2], ["龚", 3], ["邵", 4], ["万", 3],
  ["覃", 1], ["武", 3], ["莫", 2], ["孔", 3], ["向", 2], ["汤", 4], ["管", 3], ["施", 4],
  ["花", 2], ["卞", 2], ["倪", 3], ["祁", 2], ["嵇", 1], ["单", 2], ["臧", 2], ["季", 3],
];

// Given-name characters by sex, generation (names of people born before about
// 1985 sound different) and position in the name.
type Pool = { first: string[]; second: string[] };
const pool = (first: string, second: string): Pool => ({ first: first.split(""), second: second.split("") });
const MALE_OLDER = pool("建国志永德海春卫红立金长明正文继庆宝家兴学忠", "华明军伟强平勇林兵成忠新峰斌刚祥荣生东山福亮平彬辉");
const MALE_YOUNGER = pool("子浩宇俊嘉一天梓博思明泽晨家志文佳宏雨宸", "轩杰涛磊鹏超凯帆睿然航豪瑞鑫阳辰宁哲远翔铭昊森诚宇洋");
const FEMALE_OLDER = pool("秀桂玉美春丽红海金素爱翠小晓建凤", "芳英兰霞梅萍珍燕凤琴敏艳云玲华娟红莲静丽");
const FEMALE_YOUNGER = pool("晓思雨欣佳梦诗雅可子紫语若一心怡嘉", "婷雪琳颖倩洁怡涵蕾瑶琪悦蓉璐萱妍彤菲然茜");
const MALE_SINGLE = "伟强军磊勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林洋阳峰亮".split("");
const FEMALE_SINGLE = "芳娜敏静丽艳娟霞燕玲秀英慧婷雪琳晶颖倩洁梅兰萍红琴云莉欣怡".split("");

const surnamePicker = new WeightedPicker(SURNAME_WEIGHTS);

export function surname(rng: Rng): string {
  return surnamePicker.pick(rng);
}

export function givenName(rng: Rng, male: boolean, birthYear: number): string {
  const young = birthYear >= 1985 ? rng.chance(0.85) : rng.chance(0.15);
  const p = male ? (young ? MALE_YOUNGER : MALE_OLDER) : young ? FEMALE_YOUNGER : FEMALE_OLDER;
  // Single-character given names were common in the 1970s–80s, rarer since.
  if (rng.chance(birthYear < 1990 ? 0.25 : 0.1)) return rng.pick(male ? MALE_SINGLE : FEMALE_SINGLE);
  const first = rng.pick(p.first);
  let second = rng.pick(p.second);
  while (second === first) second = rng.pick(p.second);
  return first + second;
}

export function personName(rng: Rng, male: boolean, birthYear: number): string {
  return surname(rng) + givenName(rng, male, birthYear);
}

// Enterprise brand syllables; a brand is one from each list.
const BRAND_FIRST = "华恒金宏鑫天瑞永新中海东开博盛嘉富信锦宝隆康鼎广远凯泰德立威长亚星通安润佳明双利振民飞万同联银晶兴昌荣宇创力源达弘汇正祥".split("");
const BRAND_SECOND = "瑞达盛源成丰泰宇联辉新通华诚程隆科威力信星光润和顺发鹏腾晟阳美德邦业鼎".split("");

export function brand(rng: Rng): string {
  let a = rng.pick(BRAND_FIRST);
  let b = rng.pick(BRAND_SECOND);
  while (a === b) {
    a = rng.pick(BRAND_FIRST);
    b = rng.pick(BRAND_SECOND);
  }
  return a + b;
}

/** Generic industries; counties add their own specialities on top. */
export const COMMON_INDUSTRIES: [string, number][] = [
  ["机械", 10], ["机械制造", 5], ["纺织", 6], ["服饰", 4], ["电子", 6], ["电子科技", 4], ["化工", 3],
  ["建材", 5], ["新型建材", 2], ["食品", 5], ["汽车零部件", 5], ["光伏", 3], ["新能源科技", 3],
  ["金属制品", 4], ["塑业", 3], ["包装", 3], ["智能装备", 3], ["电气", 4], ["环保科技", 2],
  ["精密机械", 3], ["木业", 2], ["农业发展", 2], ["物流", 3], ["建设工程", 3], ["医疗器械", 2],
];

// Village and community names: two syllables, picked so that they read like
// the collective-era and older place names of northern Jiangsu.
const VILLAGE_FIRST = "新永东西南北中红先团友沿王李张陈三四五六七八双大高卫向建兴富和民光胜幸草花桥河湖港荡庄".split("");
const VILLAGE_SECOND = "华丰升星锋结谊河庄堡港湖塘楼合联星里桥沟墩圩集口舍园兴隆民安丰乐洋家坝".split("");

export function placeName(rng: Rng): string {
  const a = rng.pick(VILLAGE_FIRST);
  let b = rng.pick(VILLAGE_SECOND);
  while (a === b) b = rng.pick(VILLAGE_SECOND);
  return a + b;
}

export const ROADS = [
  "人民路", "建设路", "解放路", "跃进路", "环城路", "光明路", "幸福路", "新华路", "工业路", "振兴路",
  "开发大道", "创业路", "科技路", "通港路", "园区路", "朝阳路", "民主路", "秀夫路", "冠华路", "湖中路",
  "迎宾大道", "长江路", "黄河路", "富强路", "文化路", "育才路", "健康路", "团结路", "兴业路", "纬一路",
  "经二路", "经三路", "纬二路", "东环路", "西环路", "南环路", "北环路", "中心大街", "复兴路", "永丰路",
];

/** Small institutions found in every county seat, with typical staff sizes. */
export const INSTITUTIONS: [string, number][] = [
  ["人民医院", 1400], ["中医院", 600], ["第一中学", 320], ["高级中学", 260], ["实验小学", 180],
  ["实验初级中学", 160], ["供电分公司", 420], ["农村商业银行股份有限公司", 520], ["自来水有限公司", 150],
  ["城市建设投资集团有限公司", 210], ["妇幼保健院", 240], ["中等专业学校", 230],
];

export const JOINT_TOWN_SUFFIXES = [
  "小微企业联合工会", "商贸企业联合工会", "工业集中区联合工会", "个体工商户联合工会",
  "建筑业联合工会", "餐饮服务业联合工会", "农业专业合作社联合工会", "非公企业联合工会",
];

export const TRANSFER_REASONS = ["工作调动", "工作调动", "工作调动", "更换工作单位", "原单位注销", "企业合并重组", "岗位调整", "随家庭迁居"];
export const LEFT_REASONS = ["离职", "离职", "本人申请退会", "原单位注销", "离职后未再就业"];
export const RETIRED_REASON = "退休";
export const TRANSFERRED_OUT_REASON = ["调往外县（市）工作，会员关系转出", "赴外地就业，会员关系转出"];
