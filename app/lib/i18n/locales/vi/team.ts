// Vietnamese: team.
const team = {
  title: "team",
};

export default team;
