/**
 * An availability zone as the stack's own region lists it: `Fn::Select` over
 * `Fn::GetAZs ""` by the zone's letter (`eu-west-1b` → index 1). The graph names
 * zones so that subnet CIDRs stay stable; the template does not hard-code the
 * name, so it deploys in the region it is given (cfn-lint W3010).
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-getavailabilityzones.html
 */
export function availabilityZone(name: string | undefined): unknown {
  if (name === undefined) return undefined;
  const letter = /^[a-z]{2}(?:-[a-z]+)+-\d+([a-z])$/.exec(name)?.[1];
  if (letter === undefined) throw new Error(`not an availability zone name: ${name}`);
  return { "Fn::Select": [letter.charCodeAt(0) - "a".charCodeAt(0), { "Fn::GetAZs": "" }] };
}
