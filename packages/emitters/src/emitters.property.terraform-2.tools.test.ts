import { terraformProperty } from "./test-support/terraform-property.js";

terraformProperty(1);
